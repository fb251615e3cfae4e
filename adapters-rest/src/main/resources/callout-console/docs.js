// The API docs page: Swagger UI over the OpenAPI document the server generates from its controllers.
window.SwaggerUIBundle({ url: 'openapi', dom_id: '#swagger-ui', deepLinking: true, tryItOutEnabled: false });

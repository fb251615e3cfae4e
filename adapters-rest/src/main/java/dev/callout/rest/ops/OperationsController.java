package dev.callout.rest.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Prometheus metrics, the generated OpenAPI document and a page that renders it. */
@Controller("/api/v1")
@Hidden
public class OperationsController {

    static final String OPENAPI_DOCUMENT = "classpath:META-INF/swagger/callout-1.json";
    static final String DOCS_PAGE = "classpath:callout-pages/docs.html";

    private final PrometheusMeterRegistry prometheus;
    private final String openApi;
    private final String docsPage;

    public OperationsController(PrometheusMeterRegistry prometheus, ResourceResolver resources) {
        this.prometheus = prometheus;
        this.openApi = read(resources, OPENAPI_DOCUMENT);
        this.docsPage = read(resources, DOCS_PAGE);
    }

    @Get("/metrics")
    @Secured("admin")
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String metrics() {
        return prometheus.scrape();
    }

    @Get("/openapi")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<String> openApi() {
        return HttpResponse.ok(openApi);
    }

    @Get("/docs")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> docs() {
        return HttpResponse.ok(docsPage).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static String read(ResourceResolver resources, String location) {
        try (InputStream in = resources.getResourceAsStream(location)
                .orElseThrow(() -> new IllegalStateException(location + " is missing from the build"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

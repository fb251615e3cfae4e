package dev.callout.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security of the OpenAPI document generated from the controllers at build time. */
@OpenAPIDefinition(
        info = @Info(title = "Callout", version = "1",
                description = "One API for on-demand service marketplaces: jobs, providers, payments, trust."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class OpenApiDefinition {

    private OpenApiDefinition() {
    }
}

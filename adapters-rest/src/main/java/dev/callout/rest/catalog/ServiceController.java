package dev.callout.rest.catalog;

import dev.callout.application.PageRequest;
import dev.callout.application.catalog.CatalogUseCase.NewPackage;
import dev.callout.application.catalog.CatalogUseCase.NewService;
import dev.callout.application.catalog.CatalogUseCase.PackageChanges;
import dev.callout.application.catalog.CatalogUseCase.Result;
import dev.callout.application.catalog.CatalogUseCase.ServiceChanges;
import dev.callout.application.catalog.CatalogUseCase;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.id.Prefixed;
import dev.callout.rest.body.Pages;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Services and their packages: anyone reads them, admins change them (audited). */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
public class ServiceController {

    private final CurrentActor currentActor;
    private final CatalogUseCase catalog;

    public ServiceController(CurrentActor currentActor, CatalogUseCase catalog) {
        this.currentActor = currentActor;
        this.catalog = catalog;
    }

    @Get("/services{?category,page,limit}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Active services, by name, of one category when given (public)")
    public ServicePageBody list(@Nullable @QueryValue String category, @Nullable @QueryValue Integer page,
                                      @Nullable @QueryValue Integer limit) {
        PageRequest request = new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit);
        return Pages.of(catalog.list(category, request), ServiceBody::of, ServicePageBody::new);
    }

    @Get("/services/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A service with its packages, cheapest first (public; archived ones too, with their status)",
            description = "404 SERVICE_NOT_FOUND")
    public ServiceBody get(@PathVariable String id) {
        return catalog.get(serviceId(id)).map(ServiceBody::of).orElseThrow(ServiceController::serviceNotFound);
    }

    @Post("/services")
    @Secured("admin")
    @Operation(summary = "Add a service to the catalog", description = "400 VALIDATION_ERROR naming each bad field "
            + "(an unknown category, an image that is not your profile upload, a bad details_schema field)")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ServiceBody.class)))
    public HttpResponse<ServiceBody> create(Authentication authentication, @Body ServiceRequestBody body) {
        if (body.status() != null) {
            throw ApiError.validation(Map.of("status", "is set with PATCH; a new service is active"));
        }
        return answer(catalog.create(new NewService(currentActor.of(authentication), body.name(), body.description(),
                body.imageFileId(), body.category(), body.schema())), ServiceController::serviceNotFound,
                service -> HttpResponse.created(ServiceBody.of(service)));
    }

    @Patch("/services/{id}")
    @Secured("admin")
    @Operation(summary = "Change a service; status archived takes it off the list and out of new orders, never out of "
            + "jobs already posted", description = "400 VALIDATION_ERROR naming each bad field; 404 SERVICE_NOT_FOUND")
    public HttpResponse<ServiceBody> update(Authentication authentication, @PathVariable String id, @Body ServiceRequestBody body) {
        return answer(catalog.update(new ServiceChanges(currentActor.of(authentication), serviceId(id), body.name(),
                body.description(), body.imageFileId(), body.category(), body.status(), body.schema())),
                ServiceController::serviceNotFound, service -> HttpResponse.ok(ServiceBody.of(service)));
    }

    @Post("/services/{id}/packages")
    @Secured("admin")
    @Operation(summary = "Add a package to a service; its price is in the currency of the service's category",
            description = "400 VALIDATION_ERROR naming each bad field; 404 SERVICE_NOT_FOUND")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PackageBody.class)))
    public HttpResponse<PackageBody> addPackage(Authentication authentication, @PathVariable String id,
                                                @Body PackageRequestBody body) {
        return answer(catalog.addPackage(new NewPackage(currentActor.of(authentication), serviceId(id), body.name(),
                body.description(), body.priceInput(), body.durationMinutes(), body.features())),
                ServiceController::serviceNotFound, added -> HttpResponse.created(PackageBody.of(added)));
    }

    @Patch("/packages/{id}")
    @Secured("admin")
    @Operation(summary = "Change a package; jobs already posted keep the price they were ordered at",
            description = "400 VALIDATION_ERROR naming each bad field; 404 PACKAGE_NOT_FOUND")
    public HttpResponse<PackageBody> updatePackage(Authentication authentication, @PathVariable String id,
                                                   @Body PackageRequestBody body) {
        return answer(catalog.updatePackage(new PackageChanges(currentActor.of(authentication), packageId(id), body.name(),
                body.description(), body.priceInput(), body.durationMinutes(), body.features())),
                ServiceController::packageNotFound, changed -> HttpResponse.ok(PackageBody.of(changed)));
    }

    @Delete("/packages/{id}")
    @Secured("admin")
    @Operation(summary = "Remove a package from its service; jobs ordered with it keep what they ordered",
            description = "404 PACKAGE_NOT_FOUND")
    @ApiResponse(responseCode = "204")
    public HttpResponse<Void> deletePackage(Authentication authentication, @PathVariable String id) {
        return answer(catalog.deletePackage(currentActor.of(authentication), packageId(id)), ServiceController::packageNotFound,
                deleted -> HttpResponse.noContent());
    }

    /** The route's answer: {@code done} with what the change gave, or the envelope with the refusal's status. */
    private static <T, B> HttpResponse<B> answer(Result<T> result, Supplier<ApiError> notFound,
                                                 Function<T, HttpResponse<B>> done) {
        return switch (result) {
            case Result.Done<T> value -> done.apply(value.value());
            case Result.NotFound<T> missing -> notFound.get().answer();
            case Result.Forbidden<T> forbidden -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this").answer();
        };
    }

    /** A malformed id cannot name a service: 404 like an unknown one. */
    private static String serviceId(String id) {
        if (!Prefixed.matches(id, Service.PREFIX)) {
            throw serviceNotFound();
        }
        return id;
    }

    private static String packageId(String id) {
        if (!Prefixed.matches(id, ServicePackage.PREFIX)) {
            throw packageNotFound();
        }
        return id;
    }

    private static ApiError serviceNotFound() {
        return ApiError.notFound("SERVICE_NOT_FOUND", "no such service");
    }

    private static ApiError packageNotFound() {
        return ApiError.notFound("PACKAGE_NOT_FOUND", "no such package");
    }
}

package dev.callout.rest.favorite;

import dev.callout.application.PageRequest;
import dev.callout.application.favorite.FavoritesUseCase.AddFavoriteCommand;
import dev.callout.application.favorite.FavoritesUseCase.AddResult;
import dev.callout.application.favorite.FavoritesUseCase;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.UserId;
import dev.callout.rest.body.Pages;
import dev.callout.rest.body.QueryFlag;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/v1/favorites")
@Secured("customer")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Favourites")
public class FavoriteController {

    private final CurrentActor currentActor;
    private final FavoritesUseCase favorites;

    public FavoriteController(CurrentActor currentActor, FavoritesUseCase favorites) {
        this.currentActor = currentActor;
        this.favorites = favorites;
    }

    @Post
    @Operation(summary = "Add a provider to your favourites, with a note (409 FAVORITE_ALREADY_EXISTS)")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = FavoriteBody.class)))
    public HttpResponse<FavoriteBody> add(Authentication authentication, @Body @Valid AddFavoriteBody body) {
        UserId provider = body.providerId() == null ? null
                : Prefixed.matches(body.providerId(), UserId.PREFIX) ? new UserId(body.providerId()) : null;
        if (body.providerId() != null && provider == null) {
            throw providerNotFound();
        }
        return switch (favorites.add(new AddFavoriteCommand(currentActor.of(authentication), provider, body.note()))) {
            case AddResult.Added added -> HttpResponse.created(FavoriteBody.of(added.favorite()));
            case AddResult.NotACustomer notACustomer -> new ApiError(HttpStatus.FORBIDDEN, "FORBIDDEN",
                    "only customers keep favourites").answer();
            case AddResult.ProviderNotFound notFound -> providerNotFound().answer();
            case AddResult.AlreadyFavorite already -> new ApiError(HttpStatus.CONFLICT, "FAVORITE_ALREADY_EXISTS",
                    "this provider is already one of your favourites").answer();
        };
    }

    @Get("{?available,page,limit}")
    @Operation(summary = "Your favourites, newest first; available=true keeps those online now")
    public FavoritePageBody list(Authentication authentication, @Nullable @QueryValue @Schema(type = "boolean") String available,
                                       @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer limit) {
        boolean availableOnly = Boolean.TRUE.equals(QueryFlag.parse(available, "available"));
        return Pages.of(favorites.list(currentActor.of(authentication), availableOnly,
                new PageRequest(page == null ? 1 : page, limit == null ? PageRequest.DEFAULT_LIMIT : limit)), FavoriteBody::of, FavoritePageBody::new);
    }

    @Delete("/{id}")
    @Operation(summary = "Remove a favourite")
    @ApiResponse(responseCode = "204")
    public HttpResponse<Void> remove(Authentication authentication, @PathVariable String id) {
        if (!favorites.remove(currentActor.of(authentication), id)) {
            throw ApiError.notFound("FAVORITE_NOT_FOUND", "favourite not found");
        }
        return HttpResponse.noContent();
    }

    private static ApiError providerNotFound() {
        return ApiError.notFound("PROVIDER_NOT_FOUND", "no active provider with that id");
    }
}

package dev.callout.rest.profile.chayenity;

import dev.callout.application.favorite.FavoritesUseCase;
import dev.callout.application.favorite.FavoritesUseCase.AddFavoriteCommand;
import dev.callout.application.favorite.FavoritesUseCase.AddResult;
import dev.callout.application.favorite.FavoritesUseCase.FavoriteView;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.rest.error.ApiError;
import dev.callout.rest.security.CurrentActor;
import io.micronaut.context.annotation.Requires;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.util.List;

/** Chayenity's buddies at /api/buddies: the caller's favourite helpers, with a note each. */
@Hidden
@Requires(property = "callout.profile", value = "chayenity")
@Controller(Wire.BASE + "/buddies")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChayenityBuddyController {

    private final CurrentActor currentActor;
    private final FavoritesUseCase favorites;

    public ChayenityBuddyController(CurrentActor currentActor, FavoritesUseCase favorites) {
        this.currentActor = currentActor;
        this.favorites = favorites;
    }

    @Serdeable
    record Add(@Nullable String buddyUserId, @Nullable String notes) {
    }

    @Serdeable
    record BuddyInfo(String id, String fullName, String profileImageUrl, BigDecimal reputationScore, long totalReviews,
                     boolean isAvailable) {
    }

    @Serdeable
    record Buddy(String id, String buddyUserId, String notes, String createdAt, BuddyInfo buddyInfo) {

        static Buddy of(FavoriteView view) {
            Favorite favorite = view.favorite();
            User buddy = view.provider();
            return new Buddy(Uuids.of(favorite.id()), Uuids.of(buddy.id().value()), favorite.note(),
                    Wire.time(favorite.createdAt()), new BuddyInfo(Uuids.of(buddy.id().value()), buddy.name(),
                    Wire.fileUrl(buddy.profile().imageFileId()), UserBodies.score(view.rating()), view.rating().count(),
                    view.availability() == Availability.ONLINE));
        }
    }

    @Serdeable
    record Buddies(List<Buddy> buddies, long totalCount) {
    }

    @Post
    public HttpResponse<Buddy> add(Authentication authentication, @Body Add body) {
        UserId buddy = body.buddyUserId() == null ? null : Uuids.toId(body.buddyUserId(), UserId.PREFIX).map(UserId::new)
                .orElseThrow(ChayenityBuddyController::userNotFound);
        return switch (favorites.add(new AddFavoriteCommand(currentActor.of(authentication), buddy, body.notes()))) {
            case AddResult.Added added -> HttpResponse.created(Buddy.of(added.favorite()));
            case AddResult.NotACustomer notACustomer ->
                    throw new ApiError(HttpStatus.FORBIDDEN, "INSUFFICIENT_PERMISSIONS", "Only those who post gigs keep buddies");
            case AddResult.ProviderNotFound notFound -> throw userNotFound();
            case AddResult.AlreadyFavorite already ->
                    throw new ApiError(HttpStatus.CONFLICT, "BUDDY_ALREADY_EXISTS", "Already in your buddy list");
        };
    }

    @Get("{?skip,limit}")
    public Buddies list(Authentication authentication, @Nullable @QueryValue Integer skip, @Nullable @QueryValue Integer limit) {
        return page(currentActor.of(authentication), false, skip, limit);
    }

    @Get("/available{?skip,limit}")
    public Buddies available(Authentication authentication, @Nullable @QueryValue Integer skip,
                             @Nullable @QueryValue Integer limit) {
        return page(currentActor.of(authentication), true, skip, limit);
    }

    @Delete("/{buddyId}")
    public HttpResponse<Void> remove(Authentication authentication, @PathVariable String buddyId) {
        String id = Uuids.toId(buddyId, Favorite.PREFIX).orElseThrow(ChayenityBuddyController::buddyNotFound);
        if (!favorites.remove(currentActor.of(authentication), id)) {
            throw buddyNotFound();
        }
        return HttpResponse.noContent();
    }

    private Buddies page(Actor actor, boolean availableOnly, Integer skip, Integer limit) {
        Wire.Slice<FavoriteView> slice = Wire.slice(skip, limit, 20, page -> favorites.list(actor, availableOnly, page));
        return new Buddies(slice.items().stream().map(Buddy::of).toList(), slice.totalCount());
    }

    private static ApiError userNotFound() {
        return ApiError.notFound("RESOURCE_NOT_FOUND", "User not found");
    }

    private static ApiError buddyNotFound() {
        return ApiError.notFound("RESOURCE_NOT_FOUND", "Buddy not found");
    }
}

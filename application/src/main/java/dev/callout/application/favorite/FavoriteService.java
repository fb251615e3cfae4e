package dev.callout.application.favorite;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Favorites;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.Reviews;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.dispatch.ProviderPresence;
import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.Posters;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class FavoriteService implements FavoritesUseCase {

    private final Favorites favorites;
    private final Users users;
    private final ProviderPresences presences;
    private final Reviews reviews;
    private final Clock clock;
    private final IdGenerator ids;
    private final Posters posters;

    public FavoriteService(Favorites favorites, Users users, ProviderPresences presences, Reviews reviews, Clock clock,
                           IdGenerator ids) {
        this(favorites, users, presences, reviews, clock, ids, Posters.CUSTOMERS);
    }

    /** Favourites are kept by those who post jobs: {@code posters} says who that is. */
    public FavoriteService(Favorites favorites, Users users, ProviderPresences presences, Reviews reviews, Clock clock,
                           IdGenerator ids, Posters posters) {
        this.posters = posters;
        this.favorites = favorites;
        this.users = users;
        this.presences = presences;
        this.reviews = reviews;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public AddResult add(AddFavoriteCommand command) {
        if (!posters.mayPost(command.actor())) {
            return new AddResult.NotACustomer();
        }
        Optional<User> provider = activeProvider(command.providerId()).filter(user -> !user.id().equals(command.actor().id()));
        if (provider.isEmpty()) {
            return new AddResult.ProviderNotFound();
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        Favorite favorite = new Favorite(Favorite.nextId(ids), command.actor().id(), command.providerId(), note,
                clock.instant());
        return switch (favorites.add(favorite)) {
            case ADDED -> new AddResult.Added(view(favorite, provider.get(), clock.instant()));
            case DUPLICATE -> new AddResult.AlreadyFavorite();
        };
    }

    @Override
    public Page<FavoriteView> list(Actor actor, boolean availableOnly, PageRequest page) {
        Instant now = clock.instant();
        List<FavoriteView> views = favorites.of(actor.id()).stream()
                .flatMap(favorite -> users.byId(favorite.providerId()).map(user -> view(favorite, user, now)).stream())
                .filter(view -> !availableOnly || isAvailable(view))
                .toList();
        int from = (int) Math.min(page.offset(), views.size());
        int to = Math.min(from + page.limit(), views.size());
        return new Page<>(views.subList(from, to), page, views.size());
    }

    @Override
    public boolean remove(Actor actor, String favoriteId) {
        if (!Prefixed.matches(favoriteId, Favorite.PREFIX)) {
            return false;
        }
        return favorites.byId(favoriteId).filter(favorite -> favorite.customerId().equals(actor.id()))
                .map(favorite -> favorites.delete(favorite.id())).orElse(false);
    }

    private Optional<User> activeProvider(UserId id) {
        return users.byId(id).filter(user -> user.role() == Role.PROVIDER && user.status() == AccountStatus.ACTIVE);
    }

    private FavoriteView view(Favorite favorite, User provider, Instant now) {
        Availability availability = provider.status() != AccountStatus.ACTIVE ? Availability.OFFLINE
                : presences.byProvider(provider.id()).map(ProviderPresence::availability).orElse(Availability.OFFLINE);
        return new FavoriteView(favorite, provider, availability, reviews.summaryAbout(provider.id(), now));
    }

    private static boolean isAvailable(FavoriteView view) {
        return view.availability() == Availability.ONLINE;
    }
}

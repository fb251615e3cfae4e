package dev.callout.application.inmemory;

import dev.callout.application.port.Favorites;
import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryFavorites implements Favorites {

    private final Map<String, Favorite> favorites = new LinkedHashMap<>();

    @Override
    public synchronized AddResult add(Favorite favorite) {
        boolean duplicate = favorites.values().stream().anyMatch(existing -> existing.customerId().equals(favorite.customerId())
                && existing.providerId().equals(favorite.providerId()));
        if (duplicate) {
            return AddResult.DUPLICATE;
        }
        favorites.put(favorite.id(), favorite);
        return AddResult.ADDED;
    }

    @Override
    public synchronized Optional<Favorite> byId(String id) {
        return Optional.ofNullable(favorites.get(id));
    }

    @Override
    public synchronized boolean delete(String id) {
        return favorites.remove(id) != null;
    }

    @Override
    public synchronized List<Favorite> of(UserId customer) {
        return favorites.values().stream().filter(favorite -> favorite.customerId().equals(customer))
                .sorted(Comparator.comparing(Favorite::createdAt).thenComparing(Favorite::id).reversed())
                .toList();
    }
}

package dev.callout.application.port;

import dev.callout.domain.favorite.Favorite;
import dev.callout.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Customers' favourite providers; a customer lists a provider once. */
public interface Favorites {

    AddResult add(Favorite favorite);

    Optional<Favorite> byId(String id);

    boolean delete(String id);

    /** The customer's favourites, newest first. A customer keeps a handful, so they come whole. */
    List<Favorite> of(UserId customer);

    enum AddResult { ADDED, DUPLICATE }
}

package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts are kept. Email and phone are unique across accounts. */
public interface Users {

    AddResult add(User user);

    /** Replaces the stored account with the same id; an email or phone another account has is refused. */
    UpdateResult update(User user);

    Optional<User> byId(UserId id);

    /** By normalised email or phone. */
    Optional<User> byEmail(String email);

    Optional<User> byPhone(String phone);

    /** Oldest first; {@code role} and {@code status} narrow the list when given. */
    Page<User> list(Role role, AccountStatus status, PageRequest page);

    /** Deleted accounts whose deletion is older than {@code cutoff} and still hold personal data. */
    List<User> deletedBefore(Instant cutoff, int limit);

    boolean anyAdmin();

    enum AddResult { ADDED, EMAIL_TAKEN, PHONE_TAKEN }

    enum UpdateResult { UPDATED, EMAIL_TAKEN, PHONE_TAKEN, NOT_FOUND }
}

package dev.callout.application.port;

import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.Optional;

/** Where accounts are kept. Email and phone are unique across accounts. */
public interface Users {

    AddResult add(User user);

    Optional<User> byId(UserId id);

    /** By normalised email or phone. */
    Optional<User> byEmail(String email);

    Optional<User> byPhone(String phone);

    enum AddResult { ADDED, EMAIL_TAKEN, PHONE_TAKEN }
}

package dev.callout.application.inmemory;

import dev.callout.application.port.Users;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Accounts in maps, with email and phone kept unique as the database does. */
public final class InMemoryUsers implements Users {

    private final Map<UserId, User> users = new HashMap<>();

    @Override
    public synchronized AddResult add(User user) {
        for (User existing : users.values()) {
            if (user.email() != null && user.email().equals(existing.email())) {
                return AddResult.EMAIL_TAKEN;
            }
            if (user.phone() != null && user.phone().equals(existing.phone())) {
                return AddResult.PHONE_TAKEN;
            }
        }
        users.put(user.id(), user);
        return AddResult.ADDED;
    }

    @Override
    public synchronized Optional<User> byId(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> byEmail(String email) {
        return users.values().stream().filter(user -> Objects.equals(email, user.email())).findFirst();
    }

    @Override
    public synchronized Optional<User> byPhone(String phone) {
        return users.values().stream().filter(user -> Objects.equals(phone, user.phone())).findFirst();
    }
}

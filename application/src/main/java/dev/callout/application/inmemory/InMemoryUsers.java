package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Accounts in a map, with email and phone kept unique as the database does. */
public final class InMemoryUsers implements Users {

    private static final Comparator<User> OLDEST_FIRST = Comparator.comparing(User::createdAt)
            .thenComparing(user -> user.id().value());

    private final Map<UserId, User> users = new LinkedHashMap<>();

    @Override
    public synchronized AddResult add(User user) {
        if (users.containsKey(user.id())) {
            throw new IllegalStateException("user " + user.id() + " exists");
        }
        AddResult clash = clash(user);
        if (clash != AddResult.ADDED) {
            return clash;
        }
        users.put(user.id(), user);
        return AddResult.ADDED;
    }

    @Override
    public synchronized UpdateResult update(User user) {
        if (!users.containsKey(user.id())) {
            return UpdateResult.NOT_FOUND;
        }
        return switch (clash(user)) {
            case ADDED -> {
                users.put(user.id(), user);
                yield UpdateResult.UPDATED;
            }
            case EMAIL_TAKEN -> UpdateResult.EMAIL_TAKEN;
            case PHONE_TAKEN -> UpdateResult.PHONE_TAKEN;
        };
    }

    /** Every account, for the in-memory analytics. */
    synchronized List<User> all() {
        return List.copyOf(users.values());
    }

    private AddResult clash(User user) {
        for (User existing : users.values()) {
            if (existing.id().equals(user.id())) {
                continue;
            }
            if (user.email() != null && user.email().equals(existing.email())) {
                return AddResult.EMAIL_TAKEN;
            }
            if (user.phone() != null && user.phone().equals(existing.phone())) {
                return AddResult.PHONE_TAKEN;
            }
        }
        return AddResult.ADDED;
    }

    @Override
    public synchronized Optional<User> byId(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> byEmail(String email) {
        return users.values().stream().filter(user -> email != null && Objects.equals(email, user.email())).findFirst();
    }

    @Override
    public synchronized Optional<User> byPhone(String phone) {
        return users.values().stream().filter(user -> phone != null && Objects.equals(phone, user.phone())).findFirst();
    }

    @Override
    public synchronized Page<User> list(Role role, AccountStatus status, PageRequest page) {
        List<User> matching = users.values().stream()
                .filter(user -> role == null || user.role() == role)
                .filter(user -> status == null || user.status() == status)
                .sorted(OLDEST_FIRST)
                .toList();
        List<User> items = matching.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, page, matching.size());
    }

    @Override
    public synchronized List<User> deletedBefore(Instant cutoff, int limit) {
        return users.values().stream()
                .filter(user -> user.status() == AccountStatus.DELETED && user.deletedAt().isBefore(cutoff))
                .filter(user -> !User.PURGED_NAME.equals(user.name()) || user.email() != null || user.phone() != null)
                .sorted(Comparator.comparing(User::deletedAt))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean anyAdmin() {
        return users.values().stream().anyMatch(user -> user.role() == Role.ADMIN);
    }
}

package dev.callout.domain.dispatch;

import dev.callout.domain.user.AccountStatus;
import java.util.Objects;
import java.util.Set;

/**
 * A provider as the matcher sees them: their presence, account status, categories, name and
 * rating (null until they have reviews). Indexes produce these; {@link Matching} decides.
 */
public record Candidate(ProviderPresence presence, String name, AccountStatus status, Set<String> categories,
                        Double rating) {

    public Candidate {
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(status, "status");
        categories = Set.copyOf(categories);
    }
}

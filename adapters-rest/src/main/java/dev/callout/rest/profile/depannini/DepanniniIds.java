package dev.callout.rest.profile.depannini;

import dev.callout.application.port.NumericAliases;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Depannini's integer ids: a stable number per user and per assistance request, never the canonical id. */
@Singleton
@Requires(property = "callout.profile", value = "depannini")
class DepanniniIds {

    private final NumericAliases aliases;

    DepanniniIds(NumericAliases aliases) {
        this.aliases = aliases;
    }

    long of(UserId user) {
        return aliases.aliasOf(user.value());
    }

    long of(JobId job) {
        return aliases.aliasOf(job.value());
    }

    Optional<UserId> user(String number) {
        return id(number, UserId.PREFIX).map(UserId::new);
    }

    Optional<JobId> job(String number) {
        return id(number, JobId.PREFIX).map(JobId::new);
    }

    /** The id a path's number stands for, when it is a whole number given to an id of that kind. */
    private Optional<String> id(String number, String prefix) {
        if (number == null || !number.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return aliases.idOf(Long.parseLong(number)).filter(id -> Prefixed.matches(id, prefix));
    }
}

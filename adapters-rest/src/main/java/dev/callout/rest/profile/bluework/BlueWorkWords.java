package dev.callout.rest.profile.bluework;

import dev.callout.domain.job.JobStatus;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.user.Role;
import java.util.Optional;

/** BlueWork's words for the core's: a provider is a worker, a requested job is pending, a captured payment completed. */
final class BlueWorkWords {

    private BlueWorkWords() {
    }

    static String role(Role role) {
        return role == Role.PROVIDER ? "worker" : role.wireName();
    }

    /** The self-service roles BlueWork's sign-up takes; anything else is empty. */
    static Optional<Role> signUpRole(String word) {
        return switch (word == null ? "" : word) {
            case "customer" -> Optional.of(Role.CUSTOMER);
            case "worker" -> Optional.of(Role.PROVIDER);
            default -> Optional.empty();
        };
    }

    static String status(JobStatus status) {
        return switch (status) {
            case REQUESTED -> "pending";
            case NO_PROVIDER_FOUND -> "no_worker_found";
            default -> status.wireName();
        };
    }

    /** BlueWork's four payment statuses where the core has one of them; the core's own word for the rest. */
    static String paymentStatus(PaymentStatus status) {
        return switch (status) {
            case AUTHORIZED -> "pending";
            case CAPTURED -> "completed";
            default -> status.wireName();
        };
    }

    static Optional<JobStatus> jobStatus(String word) {
        return switch (word == null ? "" : word) {
            case "pending" -> Optional.of(JobStatus.REQUESTED);
            case "no_worker_found" -> Optional.of(JobStatus.NO_PROVIDER_FOUND);
            case "requested", "no_provider_found" -> Optional.empty();
            default -> JobStatus.fromWireName(word);
        };
    }
}

package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.User;
import dev.callout.bootstrap.probe.Surface.Caller;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1:2023 Broken Object Level Authorization. Every operation on a resource with an id, called
 * on the world's resources by a second customer and a second provider (where their role may call
 * the route at all): 403 or 404 in the envelope, and nothing the owners see changes. Every list
 * route, read by them, names none of the owners' resources.
 */
class Api1ObjectLevelAuthorizationProbeTest {

    /** Routes where another user may read the resource by design, and why. */
    private static final Map<String, String> SHARED = Map.of(
            "GET /api/v1/users/{id}/reviews", "a user's revealed reviews are public to signed-in users (docs/api.md, Reviews)",
            "GET /api/v1/providers/{id}", "a provider's public profile is for signed-in users, without contact details "
                    + "(docs/api.md, Providers and matching)");

    /**
     * A refusal some routes give instead of 403/404, and why: a provider who lost the race for a job
     * they saw open must learn it was taken; the answer says nothing of the job.
     */
    private static final Map<String, String> RACE_LOST = Map.of("POST /api/v1/jobs/{id}/accept", "JOB_ALREADY_TAKEN");

    private final World world = World.get();

    @Test
    void noOneButTheOwnersReachesAResourceByItsId() {
        Map<String, Object> before = world.snapshot();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        for (Operation operation : Surface.operations(world.target)) {
            if (!operation.hasId() || SHARED.containsKey(operation.key())) {
                continue;
            }
            for (Caller role : List.of(Caller.CUSTOMER, Caller.PROVIDER)) {
                if (!operation.callers().contains(role)) {
                    continue; // function level: Api5FunctionLevelAuthorizationProbeTest
                }
                User outsider = world.outsider(role);
                Answer answer = world.call(operation, outsider);
                boolean raceLost = answer.status() == 409 && answer.errorCode().equals(RACE_LOST.get(operation.key()));
                Checks.refusal(failures, operation + " as another " + role, answer, raceLost ? Set.of(409) : Set.of(403, 404));
                probed++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(probed).as("operations probed").isGreaterThan(20);
        assertThat(world.snapshot()).isEqualTo(before);
    }

    @Test
    void sharedRoutesShowOthersOnlyWhatIsPublic() {
        Answer reviews = world.target.send("GET", "/api/v1/users/" + world.provider.id() + "/reviews", world.otherCustomer.token(), null);
        assertThat(reviews.status()).isEqualTo(200);
        assertThat(reviews.text()).as("an unrevealed review").doesNotContain(world.review);
        Answer profile = world.target.send("GET", "/api/v1/providers/" + world.provider.id(), world.otherCustomer.token(), null);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.text()).as("contact details").doesNotContain(world.provider.email(), "\"email\"", "\"phone\"");
        Answer own = world.target.send("GET", "/api/v1/reviews/" + world.review, world.customer.token(), null);
        assertThat(own.status()).as("the author reads it").isEqualTo(200);
    }

    @Test
    void listsNameNoneOfAnotherUsersResources() {
        List<String> failures = new ArrayList<>();
        for (Operation operation : Surface.operations(world.target)) {
            if (!operation.method().equals("GET") || operation.hasId() || operation.isPublic()) {
                continue;
            }
            for (Caller role : List.of(Caller.CUSTOMER, Caller.PROVIDER)) {
                if (!operation.callers().contains(role)) {
                    continue;
                }
                Answer answer = world.call(operation, world.outsider(role));
                if (answer.status() != 200 && answer.status() != 404) {
                    failures.add(operation + " as another " + role + ": status " + answer.status() + " " + answer.text());
                }
                world.privateIds().stream().filter(answer.text()::contains)
                        .forEach(id -> failures.add(operation + " as another " + role + " shows " + id));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theOwnersReachWhatTheOtherUsersCannot() {
        // the refusals above mean something only if the same requests work for the owners
        for (String path : List.of("/api/v1/jobs/" + world.workingJob, "/api/v1/payments/" + world.payment,
                "/api/v1/disputes/" + world.dispute, "/api/v1/files/" + world.file, "/api/v1/jobs/" + world.workingJob + "/messages")) {
            assertThat(world.target.send("GET", path, world.customer.token(), null).status()).as(path).isEqualTo(200);
            assertThat(world.target.send("GET", path, world.provider.token(), null).status()).as(path).isEqualTo(200);
        }
    }
}

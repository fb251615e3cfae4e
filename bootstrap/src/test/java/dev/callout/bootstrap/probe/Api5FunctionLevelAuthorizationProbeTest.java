package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.probe.Surface.Caller;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OWASP API5:2023 Broken Function Level Authorization. Every operation, called by each role that
 * may not call it (the owners themselves, on their own resources: the strongest case), is 403
 * {@code FORBIDDEN} in the envelope and changes nothing; in particular no admin route answers a
 * customer or a provider.
 */
class Api5FunctionLevelAuthorizationProbeTest {

    private final World world = World.get();

    @Test
    void everyRoleThatMayNotCallARouteIsForbidden() {
        Map<String, Object> before = world.snapshot();
        List<String> failures = new ArrayList<>();
        List<String> adminRoutes = new ArrayList<>();
        for (Operation operation : Surface.operations(world.target)) {
            if (operation.isPublic()) {
                continue;
            }
            if (operation.callers().equals(Set.of(Caller.ADMIN))) {
                adminRoutes.add(operation.key());
            }
            for (Caller role : Caller.values()) {
                if (operation.callers().contains(role)) {
                    continue;
                }
                Answer answer = world.call(operation, world.owner(role));
                Checks.refusal(failures, operation + " as " + role, answer, Set.of(403));
                if (answer.status() == 403 && !"FORBIDDEN".equals(answer.errorCode())) {
                    failures.add(operation + " as " + role + ": code " + answer.errorCode());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(adminRoutes).as("admin routes found").contains("GET /api/v1/users", "GET /api/v1/metrics",
                "PATCH /api/v1/admin/users/{id}", "POST /api/v1/payments/{id}/refunds", "PATCH /api/v1/disputes/{id}");
        assertThat(world.snapshot()).isEqualTo(before);
    }

    @Test
    void everyRouteUnderAdminIsForAdminsOnly() {
        assertThat(Surface.operations(world.target)).filteredOn(operation -> operation.path().startsWith("/api/v1/admin/"))
                .isNotEmpty().allSatisfy(operation -> assertThat(operation.callers()).as(operation.key()).isEqualTo(Set.of(Caller.ADMIN)));
    }

    @Test
    void theAdminRoutesWorkForAnAdmin() {
        // the refusals above mean something only if the same requests work for the role that may make them
        for (String path : List.of("/api/v1/users", "/api/v1/admin/providers", "/api/v1/admin/audit-log", "/api/v1/admin/dead-letters",
                "/api/v1/metrics", "/api/v1/admin/providers/" + world.provider.id() + "/payout-account")) {
            assertThat(world.target.send("GET", path, world.admin.token(), null).status()).as(path).isIn(200, 404);
        }
        assertThat(world.target.send("GET", "/api/v1/users", world.admin.token(), null).status()).isEqualTo(200);
    }
}

package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * OWASP API9:2023 Improper Inventory Management. The server's own document lists every route it
 * serves (but the few operational ones the probes name), each route has a declared caller rule
 * in {@link Surface} so the other probes cover it, and the usual places for forgotten or debug
 * endpoints answer 404 in the envelope.
 */
class Api9InventoryProbeTest {

    private final ProbeTarget target = ProbeTarget.get();

    @Test
    void everyDocumentedRouteHasADeclaredCallerRuleAndEveryRuleARoute() {
        Set<String> documented = new TreeSet<>(Surface.documented(target).keySet());
        documented.addAll(Surface.UNDOCUMENTED.keySet());
        assertThat(documented).as("routes the server documents with no caller rule in Surface.ACCESS: declare who may call them")
                .isSubsetOf(Surface.ACCESS.keySet());
        assertThat(Surface.ACCESS.keySet()).as("caller rules for routes the server no longer has").isSubsetOf(documented);
    }

    @Test
    void theUndocumentedRoutesAreTheOperationalOnesAndAnswer() {
        for (String route : Surface.UNDOCUMENTED.keySet()) {
            Answer answer = target.send("GET", route.substring(4), target.admin().token(), null);
            assertThat(answer.status()).as(route).isEqualTo(200);
        }
    }

    @Test
    void forgottenAndDebugEndpointsAreNotThere() {
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/v2/jobs", "/api/v0/jobs", "/api/jobs", "/jobs", "/api/v1/env", "/api/v1/beans",
                "/api/v1/loggers", "/api/v1/routes", "/api/v1/info", "/api/v1/refresh", "/api/v1/threaddump", "/api/v1/stop",
                "/api/v1/actuator", "/actuator/env", "/api/v1/swagger-ui", "/api/v1/graphql", "/api/v1/admin", "/api/v1/debug",
                "/api/v1/internal", "/health", "/metrics", "/.git/config")) {
            Answer answer = target.send("GET", path, target.admin().token(), null);
            Checks.refusal(failures, path, answer, Set.of(404, 400));
        }
        assertThat(failures).isEmpty();
    }
}

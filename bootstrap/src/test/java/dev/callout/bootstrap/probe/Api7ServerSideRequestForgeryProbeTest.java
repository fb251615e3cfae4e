package dev.callout.bootstrap.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.probe.Surface.Field;
import dev.callout.bootstrap.probe.Surface.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * OWASP API7:2023 Server Side Request Forgery. The server fetches nothing a client names: no
 * request body of any route has a field for a URL, host or callback (the Google key set and the
 * gateway are configured by the operator). A new field of that kind fails here and needs an
 * allow-list and probes of its own.
 */
class Api7ServerSideRequestForgeryProbeTest {

    private static final Pattern FETCHABLE = Pattern.compile("(?i)url|uri|href|host|callback|webhook|endpoint|redirect|link|image_src");

    @Test
    void noRequestNamesSomethingForTheServerToFetch() {
        List<String> fetchable = new ArrayList<>();
        List<Operation> operations = Surface.operations(ProbeTarget.get());
        for (Operation operation : operations) {
            if (operation.schema() == null) {
                continue;
            }
            for (Field field : Surface.fields(operation.schema())) {
                if (FETCHABLE.matcher(field.path()).find() || "uri".equals(field.schema().get("format"))) {
                    fetchable.add(operation + " " + field.path());
                }
            }
            operation.queryParameters().stream().filter(name -> FETCHABLE.matcher(name).find())
                    .forEach(name -> fetchable.add(operation + " ?" + name));
        }
        assertThat(fetchable).isEmpty();
        assertThat(operations).filteredOn(operation -> operation.schema() != null).hasSizeGreaterThan(20);
    }
}

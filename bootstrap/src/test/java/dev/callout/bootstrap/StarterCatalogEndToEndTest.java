package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A profile's starter catalogue on PostgreSQL: --profile art prices its two services in pounds sterling. */
class StarterCatalogEndToEndTest {

    private static final RunningCallout callout = RunningCallout.start(Map.of("callout.profile", "art"));

    @AfterAll
    static void stop() {
        callout.close();
    }

    @Test
    void artsSettingsFilePricesTowingAndRepairInPoundsAndLeavesTheRestAsSeeded() {
        Reply categories = callout.get("/api/v1/categories", null);

        assertThat(categories.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) categories.body();
        assertThat(all).filteredOn(category -> category.get("code").equals("towing")).singleElement()
                .satisfies(towing -> assertThat(towing).containsEntry("name", "Towing").containsEntry("requires_vehicle", true)
                        .containsEntry("base_fare", Map.of("amount", "75.00", "currency", "GBP"))
                        .containsEntry("per_km", Map.of("amount", "2.50", "currency", "GBP"))
                        .containsEntry("immediate_surcharge_rate", "0.2"));
        assertThat(all).filteredOn(category -> category.get("code").equals("repair")).singleElement()
                .satisfies(repair -> assertThat(repair).containsEntry("base_fare", Map.of("amount", "55.00", "currency", "GBP"))
                        .containsEntry("per_km", Map.of("amount", "0.00", "currency", "GBP")));
        assertThat(all).filteredOn(category -> category.get("code").equals("plumber")).singleElement()
                .satisfies(plumber -> assertThat(((Map<?, ?>) plumber.get("base_fare")).get("currency")).isEqualTo("PHP"));
    }
}

package dev.callout.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

    @Test
    void theBodyIsTheEnvelopeWithTheFieldsAsData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job_id", "job_1");
        data.put("location", Map.of("lat", 14.5547));
        data.put("price", new BigDecimal("840.00"));
        data.put("eta_seconds", 420L);
        data.put("provider_id", null);
        data.put("urgent", true);
        data.put("tags", List.of("a", "b"));
        data.put("note", "say \"hi\"\\\n\t\u0001\u2028é");

        String body = WebhookPayload.body("evt_1", "job.posted", Instant.parse("2026-02-24T10:00:00Z"), data);

        assertThat(body).isEqualTo("{\"id\":\"evt_1\",\"type\":\"job.posted\",\"created_at\":\"2026-02-24T10:00:00Z\","
                + "\"data\":{\"job_id\":\"job_1\",\"location\":{\"lat\":14.5547},\"price\":840.00,\"eta_seconds\":420,"
                + "\"provider_id\":null,\"urgent\":true,\"tags\":[\"a\",\"b\"],"
                + "\"note\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001\\u2028é\"}}");
    }

    @Test
    void theEventIdDependsOnTheContentNotTheOrderOfFields() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("job_id", "job_1");
        one.put("to", "completed");
        Map<String, Object> reversed = new LinkedHashMap<>();
        reversed.put("to", "completed");
        reversed.put("job_id", "job_1");

        String id = WebhookPayload.eventId("job.status_changed", one);

        assertThat(id).matches("evt_[0-9a-f]{32}");
        assertThat(WebhookPayload.eventId("job.status_changed", reversed)).isEqualTo(id);
        assertThat(WebhookPayload.eventId("job.accepted", one)).isNotEqualTo(id);
        assertThat(WebhookPayload.eventId("job.status_changed", Map.of("job_id", "job_1", "to", "cancelled")))
                .isNotEqualTo(id);
    }

    @Test
    void valuesThatAreNotJsonAreRefused() {
        assertThatThrownBy(() -> WebhookPayload.body("evt_1", "t", Instant.EPOCH, Map.of("x", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookPayload.body("evt_1", "t", Instant.EPOCH, Map.of("x", Arrays.asList(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

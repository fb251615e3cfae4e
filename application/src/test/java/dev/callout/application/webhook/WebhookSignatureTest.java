package dev.callout.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheTimestampAndBodyAsOpensslDoes() {
        // printf '%s.%s' 1700000000 '{"id":"evt_1","type":"job.posted"}' | openssl dgst -sha256 -hmac whsec_test
        String header = WebhookSignature.header("whsec_test", Instant.ofEpochSecond(1_700_000_000L, 999_000_000),
                "{\"id\":\"evt_1\",\"type\":\"job.posted\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(header).isEqualTo("t=1700000000,v1=100166b73d343740be57aeb0077b57b53ceabdf60f4eb0a4c3b69381a8625f80");
    }

    @Test
    void anotherSecretTimeOrBodySignsDifferently() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.hmac("whsec_a", 1, body);

        assertThat(WebhookSignature.hmac("whsec_b", 1, body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.hmac("whsec_a", 2, body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.hmac("whsec_a", 1, "{ }".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(signature);
    }

    @Test
    void secretsAreThirtyTwoRandomBytesAfterTheirPrefix() {
        SecureRandom random = new SecureRandom();
        String first = WebhookSignature.newSecret(random);
        String second = WebhookSignature.newSecret(random);

        assertThat(first).startsWith("whsec_").isNotEqualTo(second);
        assertThat(Base64.getUrlDecoder().decode(first.substring("whsec_".length()))).hasSize(32);
    }
}

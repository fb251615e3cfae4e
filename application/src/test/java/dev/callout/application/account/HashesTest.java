package dev.callout.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HashesTest {

    private static final String SECRET = "a token-signing secret of at least 32 characters";

    @Test
    void derivesTheCodeKeyAsHmacOfTheServerSecret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Hashes explicit = new Hashes(mac.doFinal("callout verification codes".getBytes(StandardCharsets.UTF_8)));

        assertThat(Hashes.derivedFrom(SECRET).code("+639171234567", "123456"))
                .isEqualTo(explicit.code("+639171234567", "123456"));
    }

    @Test
    void aCodeDependsOnTheSecretAndTheDestination() {
        Hashes hashes = Hashes.derivedFrom(SECRET);

        assertThat(hashes.code("a@example.com", "123456"))
                .isNotEqualTo(Hashes.derivedFrom(SECRET + "!").code("a@example.com", "123456"))
                .isNotEqualTo(hashes.code("b@example.com", "123456"));
    }
}

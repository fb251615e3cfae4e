package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.callout.bootstrap.RunningCallout.Account;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.validator.TokenValidator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 8725: the algorithm is pinned and every claim is checked; forged tokens get 401, and no socket. */
class TokenSecurityEndToEndTest {

    private final RunningCallout callout = RunningCallout.get();
    private Account account;
    private JWTClaimsSet genuine;

    @BeforeEach
    void aSignedInUser() throws Exception {
        account = callout.customer();
        genuine = SignedJWT.parse(account.token()).getJWTClaimsSet();
    }

    private byte[] secret() {
        return callout.context.getRequiredProperty(JwtSecret.PROPERTY, String.class).getBytes(StandardCharsets.UTF_8);
    }

    private String hs(JWSAlgorithm algorithm, byte[] key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private JWTClaimsSet changed(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder(genuine)).build();
    }

    private int status(String token) {
        return callout.get("/api/v1/users/me", token).status();
    }

    @Test
    void everyRequestsTokenIsCheckedByVerifiedTokensAlone() {
        assertThat(callout.context.getBeansOfType(TokenValidator.class)).singleElement().isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void theGenuineTokenAndOneReSignedWithTheSameClaimsWork() throws Exception {
        assertThat(status(account.token())).isEqualTo(200);
        assertThat(status(hs(JWSAlgorithm.HS256, secret(), genuine))).isEqualTo(200);
    }

    @Test
    void unsignedAndOtherAlgorithmTokensAreRefused() throws Exception {
        assertThat(status(new PlainJWT(genuine).serialize())).as("alg none").isEqualTo(401);
        String noneWithSignature = new PlainJWT(genuine).serialize() + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("sig".getBytes(StandardCharsets.UTF_8));
        assertThat(status(noneWithSignature)).isEqualTo(401);

        RSAKey rsa = new RSAKeyGenerator(2048).keyID("attacker").generate();
        SignedJWT rs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker").build(), genuine);
        rs256.sign(new RSASSASigner(rsa));
        assertThat(status(rs256.serialize())).as("RS256 with an attacker's kid").isEqualTo(401);

        byte[] longSecret = (new String(secret(), StandardCharsets.UTF_8).repeat(2)).getBytes(StandardCharsets.UTF_8);
        assertThat(status(hs(JWSAlgorithm.HS512, longSecret, genuine))).as("HS512").isEqualTo(401);
        assertThat(status(hs(JWSAlgorithm.HS256, "another secret that is long enough!!".getBytes(StandardCharsets.UTF_8),
                genuine))).as("wrong key").isEqualTo(401);
    }

    @Test
    void wrongIssuerAudienceExpiredMissingSessionAndTamperedTokensAreRefused() throws Exception {
        byte[] key = secret();
        assertThat(status(hs(JWSAlgorithm.HS256, key, changed(b -> b.issuer("someone-else"))))).isEqualTo(401);
        assertThat(status(hs(JWSAlgorithm.HS256, key, changed(b -> b.audience(List.of("another-api")))))).isEqualTo(401);
        Date past = Date.from(Instant.now().minusSeconds(3600));
        assertThat(status(hs(JWSAlgorithm.HS256, key, changed(b -> b.expirationTime(past).issueTime(past))))).isEqualTo(401);
        assertThat(status(hs(JWSAlgorithm.HS256, key, changed(b -> b.claim("sid", null))))).as("no session").isEqualTo(401);
        assertThat(status(hs(JWSAlgorithm.HS256, key, changed(b -> b.claim("sid", "ses_made_up"))))).isEqualTo(401);

        String[] parts = account.token().split("\\.");
        Map<String, Object> claims = new java.util.HashMap<>(genuine.toJSONObject());
        claims.put("roles", List.of("admin"));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                callout.json(claims).getBytes(StandardCharsets.UTF_8));
        assertThat(status(parts[0] + "." + payload + "." + parts[2])).as("tampered role").isEqualTo(401);
    }

    @Test
    void tokensWithoutAnExpiryOrWithTimesOutOfRangeAreRefusedOnRoutesAndSockets() throws Exception {
        byte[] key = secret();
        Instant now = Instant.now();
        String noExpiry = hs(JWSAlgorithm.HS256, key, changed(b -> b.expirationTime(null)));
        String noIssueTime = hs(JWSAlgorithm.HS256, key, changed(b -> b.issueTime(null)));
        String issuedInTheFuture = hs(JWSAlgorithm.HS256, key, changed(b -> b.issueTime(Date.from(now.plusSeconds(3600)))
                .notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600 + 600)))));
        String validLater = hs(JWSAlgorithm.HS256, key, changed(b -> b.notBeforeTime(Date.from(now.plusSeconds(600)))));
        String longLived = hs(JWSAlgorithm.HS256, key, changed(b -> b.expirationTime(Date.from(now.plusSeconds(365L * 86_400)))));
        String issuedLongAgo = hs(JWSAlgorithm.HS256, key, changed(b -> b.issueTime(Date.from(now.minusSeconds(86_400)))));
        for (String token : List.of(noExpiry, noIssueTime, issuedInTheFuture, validLater, longLived, issuedLongAgo)) {
            assertThat(status(token)).as(SignedJWT.parse(token).getJWTClaimsSet().toString()).isEqualTo(401);
        }
        for (String token : List.of(noExpiry, issuedInTheFuture)) {
            assertThatThrownBy(() -> SocketProbe.connect(callout.server.getURL().toString(), token,
                    callout.context.getBean(JsonMapper.class))).as("the handshake").isInstanceOf(CompletionException.class);
        }
        String slightlyAhead = hs(JWSAlgorithm.HS256, key, changed(b -> b.issueTime(Date.from(now.plusSeconds(5)))
                .notBeforeTime(Date.from(now.plusSeconds(5)))));
        assertThat(status(slightlyAhead)).as("another node's clock a little ahead").isEqualTo(200);
    }
}

package dev.callout.rest.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.callout.application.port.GoogleIdentities;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Set;

/**
 * Verifies Google ID tokens: an RS256 signature by a key from the configured JWKS (fetched and
 * cached), issuer {@code accounts.google.com}, audience the configured client id, not expired, and
 * a verified email. Anything else is refused.
 */
@Singleton
public class GoogleIdTokens implements GoogleIdentities {

    private static final Set<String> ISSUERS = Set.of("accounts.google.com", "https://accounts.google.com");

    private final GoogleSettings settings;
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public GoogleIdTokens(GoogleSettings settings) {
        this.settings = settings;
    }

    @Override
    public Verification verify(String idToken) {
        if (settings.getClientId() == null || settings.getClientId().isBlank()) {
            return new Verification.Refused("Google sign-in is not configured");
        }
        JWTClaimsSet claims;
        try {
            claims = processor().process(idToken, null);
        } catch (Exception refused) {
            return new Verification.Refused("the Google token is not valid");
        }
        if (!ISSUERS.contains(claims.getIssuer())) {
            return new Verification.Refused("the Google token has the wrong issuer");
        }
        Object verified = claims.getClaim("email_verified");
        String email = (String) claims.getClaim("email");
        if (email == null || !(Boolean.TRUE.equals(verified) || "true".equals(verified))) {
            return new Verification.Refused("the Google account's email is not verified");
        }
        return new Verification.Verified(claims.getSubject(), email, (String) claims.getClaim("name"));
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws MalformedURLException {
        if (processor == null) {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(settings.getJwksUrl()).toURL()).build();
            DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
            built.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            built.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.getClientId(), null,
                    Set.of("iss", "sub", "aud", "exp", "email")));
            processor = built;
        }
        return processor;
    }
}

package dev.callout.bootstrap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

/** A genuine access token's claims signed again with an earlier expiry: a token that dies while a socket uses it. */
final class ExpiringToken {

    private ExpiringToken() {
    }

    static String of(RunningCallout callout, String token, Instant expiry) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet()).expirationTime(Date.from(expiry)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(callout.context.getRequiredProperty(JwtSecret.PROPERTY, String.class).getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.callout.rest.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Validates an access token presented outside a request's headers (a socket renewing its token)
 * exactly as the security filter does: the signature and algorithm, then every claims validator
 * (issuer, audience, times, live session).
 */
@Singleton
public class AccessTokenValidation {

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator;
    private final JwtAuthenticationFactory authentications;

    public AccessTokenValidation(JsonWebTokenValidator<JWT, HttpRequest<?>> validator, JwtAuthenticationFactory authentications) {
        this.validator = validator;
        this.authentications = authentications;
    }

    public Optional<Authentication> authenticate(String token) {
        return validator.validate(token, null).flatMap(authentications::createAuthentication);
    }
}

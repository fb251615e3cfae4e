package dev.callout.rest.security;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Google sign-in ({@code callout.google.*}): the OAuth client id that ID tokens must be issued to
 * (unset: Google sign-in answers 401) and where Google's signing keys are published.
 */
@ConfigurationProperties("callout.google")
public class GoogleSettings {

    private String clientId;
    private String jwksUrl = "https://www.googleapis.com/oauth2/v3/certs";

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl;
    }
}

package dev.callout.persistence;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code callout.webhooks.secrets-key}: the key webhook signing secrets are sealed with ({@link SealedSecrets}). */
@ConfigurationProperties("callout.webhooks")
public class WebhookSecretsSettings {

    private String secretsKey;

    public String getSecretsKey() {
        return secretsKey;
    }

    public void setSecretsKey(String secretsKey) {
        this.secretsKey = secretsKey;
    }
}

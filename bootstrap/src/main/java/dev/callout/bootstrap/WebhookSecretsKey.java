package dev.callout.bootstrap;

import java.nio.file.Path;

/**
 * The key webhook signing secrets are sealed with in the database: CALLOUT_WEBHOOKS_SECRETS_KEY
 * when set (required for several nodes, and kept apart from the database's backups), else one
 * generated on first start and kept in the data directory.
 */
final class WebhookSecretsKey {

    static final String PROPERTY = "callout.webhooks.secrets-key";

    private WebhookSecretsKey() {
    }

    static String resolve(Path dataDirectory) {
        return KeptSecret.resolve("CALLOUT_WEBHOOKS_SECRETS_KEY", dataDirectory.resolve("webhook-secrets-key"));
    }
}

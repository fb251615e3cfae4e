package dev.callout.bootstrap;

import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Callout. With no external database configured (DATASOURCES_DEFAULT_URL or
 * datasources.default.url) it first starts an embedded PostgreSQL whose data lives under the
 * data directory, so a restart keeps everything, and stops it last, once the application has
 * stopped. The deployment profile (CALLOUT_PROFILE) is also the name of an extra Micronaut environment.
 * The process stops one way ({@link NodeStop}), from one shutdown hook: the embedded database's, else its own
 * (not Micronaut's, which would stop the HTTP server before the sockets could be told the node goes away).
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger("callout");

    private Application() {
    }

    public static void main(String[] args) {
        DeploymentProfile profile;
        try {
            profile = DeploymentProfile.resolve();
        } catch (IllegalArgumentException e) {
            System.err.println("callout: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path dataDirectory = DataDirectory.resolve();
        Map<String, Object> properties = new HashMap<>();
        properties.put(JwtSecret.PROPERTY, JwtSecret.resolve(dataDirectory));
        properties.put(WebhookSecretsKey.PROPERTY, WebhookSecretsKey.resolve(dataDirectory));
        properties.put("callout.data-dir", dataDirectory.toString());
        properties.put(DeploymentProfile.PROPERTY, profile.id());
        EmbeddedPostgresServer postgres = null;
        if (!ExternalDatabase.isConfigured()) {
            postgres = EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), 0);
            postgres.createDatabaseIfMissing("callout");
            properties.put("datasources.default.url", postgres.jdbcUrl("callout"));
            properties.put("datasources.default.username", postgres.user());
            properties.put("datasources.default.password", postgres.password());
        }
        ApplicationContext context = Micronaut.build(args).mainClass(Application.class).environments(profile.id())
                .properties(properties).build();
        NodeStop stop = new NodeStop(context);
        if (postgres != null) {
            postgres.stopsAfter(stop);
        } else {
            Runtime.getRuntime().addShutdownHook(new Thread(stop, "callout-stop"));
        }
        try {
            context.start();
            context.getBean(EmbeddedServer.class).start();
        } catch (RuntimeException e) {
            LOG.error("Callout could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}

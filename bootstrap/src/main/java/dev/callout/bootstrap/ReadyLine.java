package dev.callout.bootstrap;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one line that says the server is ready, where, and with which profile. */
@Singleton
class ReadyLine implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("callout");

    private final DeploymentProfile profile;

    ReadyLine(DeploymentProfile profile) {
        this.profile = profile;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String base = event.getSource().getURL().toString().replace("://[::]", "://localhost").replace("://0.0.0.0", "://localhost");
        LOG.info("Callout is ready at {}/api/v1 (API docs: {}/api/v1/docs), profile {}", base, base, profile.id());
    }
}

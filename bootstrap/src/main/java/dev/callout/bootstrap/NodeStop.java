package dev.callout.bootstrap;

import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import dev.callout.rest.realtime.GoingAway;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanRegistration;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a Callout process stops, whoever asks (SIGTERM or Ctrl-C through a shutdown hook, the embedded database's own
 * hook): first every open socket is ended with 1001 and gives back its places while the database is up
 * ({@link GoingAway}); then the HTTP server stops, and with it the context: the background work ends (the rounds
 * under way, the webhook attempts in flight, the LISTEN connection), then the pool. An embedded database stops after
 * all this ({@link EmbeddedPostgresServer#stopsAfter}). Running once more does nothing.
 */
final class NodeStop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger("callout");

    private final ApplicationContext context;

    NodeStop(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (!context.isRunning()) {
            return;
        }
        LOG.info("Callout is stopping");
        for (BeanRegistration<GoingAway> sockets : context.getActiveBeanRegistrations(GoingAway.class)) {
            try {
                sockets.bean().goAway();
            } catch (RuntimeException e) {
                LOG.warn("{} could not end its sockets; the HTTP server drops them", sockets.bean().getClass().getSimpleName(), e);
            }
        }
        context.findBean(EmbeddedServer.class).ifPresentOrElse(EmbeddedServer::stop, context::stop);
    }
}

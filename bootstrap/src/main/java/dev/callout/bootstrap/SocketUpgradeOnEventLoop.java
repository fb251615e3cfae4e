package dev.callout.bootstrap;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.util.concurrent.EventExecutor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Finishes a WebSocket handshake on its connection's event loop. The security filter checks the token
 * on a blocking thread and the handshake then went on there: Micronaut answers 101, then calls the
 * socket's open handler and only after it adds the socket's handler to the connection. Frames a client
 * sent the moment it read the 101 were decoded by the event loop in between and dropped, unseen by the
 * handler (a BlueWork client lost all eight frames it sent at once about one time in ten). On the event
 * loop nothing is read between the 101 and the handler's arrival.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class SocketUpgradeOnEventLoop implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!"websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeaders.UPGRADE))
                || !(request instanceof NettyHttpRequest<?> netty)) {
            return chain.proceed(request);
        }
        EventExecutor loop = netty.getChannelHandlerContext().executor();
        return Flux.from(chain.proceed(request)).publishOn(Schedulers.fromExecutor(loop));
    }

    /** Outside every other filter: the security filter, the rate limit and the headers' filters may each answer off the loop. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

package dev.callout.bootstrap;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection the way RFC 9112 (section 9.6) asks when the client may still be sending: the
 * server half-closes, then reads and drops what still comes until the client closes, falls silent or
 * the linger ends. Closing at once would reset the connection while a body is still arriving (a 413
 * before the body is read), and the reset makes the client lose the answer it was sent.
 */
@Singleton
class LingeringClose implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final long CHECK_MILLIS = 100;
    // Apache httpd's lingering close: 2 s of silence, 30 s at most. Shorter waits reset clients that
    // a busy machine pauses between writes, and they lose the answer.
    private static final long SILENCE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(30);

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                if (role != ChannelRole.CONNECTION || !(channel instanceof DuplexChannel)) {
                    return this;
                }
                return new NettyServerCustomizer() {
                    @Override
                    public void onInitialPipelineBuilt() {
                        channel.pipeline().addFirst("callout-lingering-close", new Handler());
                    }
                };
            }
        });
        return event.getBean();
    }

    /** Sits first in the pipeline, on the bytes, so it sees every close and every read. */
    private static final class Handler extends ChannelDuplexHandler {
        private boolean draining;
        private long lastRead = System.nanoTime();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            lastRead = System.nanoTime();
            if (draining) {
                ReferenceCountUtil.release(message);
            } else {
                ctx.fireChannelRead(message);
            }
        }

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            DuplexChannel channel = (DuplexChannel) ctx.channel();
            if (draining || !channel.isActive() || channel.isOutputShutdown()) {
                ctx.close(promise);
                return;
            }
            draining = true;
            long since = System.nanoTime();
            channel.shutdownOutput().addListener(shut -> {
                if (!shut.isSuccess()) {
                    ctx.close(promise);
                    return;
                }
                channel.config().setAutoRead(true);
                ctx.read();
                closeWhenDone(ctx, promise, since);
            });
        }

        private void closeWhenDone(ChannelHandlerContext ctx, ChannelPromise promise, long since) {
            long now = System.nanoTime();
            if (!ctx.channel().isActive() || now - lastRead >= SILENCE_NANOS || now - since >= LINGER_NANOS) {
                ctx.close(promise);
                return;
            }
            ctx.executor().schedule(() -> closeWhenDone(ctx, promise, since), CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}

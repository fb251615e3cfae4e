package dev.callout.bootstrap;

import dev.callout.application.webhook.DeliverWebhooks;
import dev.callout.application.webhook.WebhookAddresses;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Outgoing webhook settings ({@code callout.webhooks.*}, e.g. CALLOUT_WEBHOOKS_TIMEOUT=5s). Defaults:
 * https and public addresses only; a delivery counts when a 2xx comes within 10 seconds; on this
 * node at most 16 attempts at a time and 4 per endpoint; retries after 30 seconds, doubling up to
 * 6 hours apart, for 3 days; due deliveries are looked for every second.
 */
@ConfigurationProperties("callout.webhooks")
public class WebhookSettings {

    private static final DeliverWebhooks.Settings DEFAULT = DeliverWebhooks.Settings.DEFAULT;

    private boolean allowHttp;
    private boolean allowPrivateAddresses;
    private Duration timeout = DEFAULT.timeout();
    private int concurrency = DEFAULT.concurrency();
    private int perEndpointConcurrency = DEFAULT.perEndpoint();
    private Duration firstRetry = DEFAULT.firstRetry();
    private Duration maxRetry = DEFAULT.maxRetry();
    private Duration giveUpAfter = DEFAULT.giveUpAfter();
    private Duration pollInterval = Duration.ofSeconds(1);

    WebhookAddresses addresses() {
        return new WebhookAddresses(allowHttp, allowPrivateAddresses);
    }

    /** The worker's settings; a bad value stops the start-up, naming it. */
    DeliverWebhooks.Settings delivery() {
        try {
            return new DeliverWebhooks.Settings(concurrency, perEndpointConcurrency, timeout, firstRetry, maxRetry,
                    giveUpAfter);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("callout.webhooks: " + e.getMessage(), e);
        }
    }

    public boolean isAllowHttp() {
        return allowHttp;
    }

    public void setAllowHttp(boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    public boolean isAllowPrivateAddresses() {
        return allowPrivateAddresses;
    }

    public void setAllowPrivateAddresses(boolean allowPrivateAddresses) {
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public int getPerEndpointConcurrency() {
        return perEndpointConcurrency;
    }

    public void setPerEndpointConcurrency(int perEndpointConcurrency) {
        this.perEndpointConcurrency = perEndpointConcurrency;
    }

    /** The same accessors as {@link BackgroundSettings}' retries: each prefix binds a JavaBean of its own. */
    public Duration getFirstRetry() {
        return firstRetry;
    }

    public void setFirstRetry(Duration firstRetry) {
        this.firstRetry = firstRetry;
    }

    public Duration getMaxRetry() {
        return maxRetry;
    }

    public void setMaxRetry(Duration maxRetry) {
        this.maxRetry = maxRetry;
    }

    public Duration getGiveUpAfter() {
        return giveUpAfter;
    }

    public void setGiveUpAfter(Duration giveUpAfter) {
        this.giveUpAfter = giveUpAfter;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }
}

package dev.callout.application.webhook;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.user.Actor;
import java.util.List;

/**
 * Admins register, list, test and delete webhook endpoints and read their deliveries. Bad input
 * (a URL the address rules refuse, an event type integrators may not have) is an
 * {@link dev.callout.application.InvalidCommandException} naming the field.
 */
public interface WebhooksUseCase {

    Result<WebhookEndpoint> register(RegisterCommand command);

    Result<Page<WebhookEndpoint>> list(Actor caller, PageRequest page);

    Result<WebhookEndpoint> delete(Actor caller, String id);

    /** Queues a {@code webhook.test} event for the endpoint, delivered like any other. */
    Result<WebhookDelivery> test(Actor caller, String id);

    Result<Page<WebhookDelivery>> deliveries(Actor caller, String id, PageRequest page);

    /** {@code events}: public event types, or {@code ["*"]} for all of them. */
    record RegisterCommand(Actor admin, String url, List<String> events, String description) {
    }

    sealed interface Result<T> {

        record Done<T>(T value) implements Result<T> {
        }

        record NotFound<T>() implements Result<T> {
        }

        record Forbidden<T>() implements Result<T> {
        }
    }
}

package dev.callout.application.webhook;

import dev.callout.application.FieldErrors;
import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.WebhookTransport;
import dev.callout.application.port.Webhooks;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.Prefixed;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.AuditEntry;
import dev.callout.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/** Admins' webhook endpoints; every change is audited with it. */
public final class WebhookService implements WebhooksUseCase {

    public static final int MAX_DESCRIPTION_LENGTH = 500;

    private final Webhooks webhooks;
    private final WebhookTransport transport;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final RandomGenerator random;

    /** {@code random} makes the signing secrets: give it a {@link java.security.SecureRandom}. */
    public WebhookService(Webhooks webhooks, WebhookTransport transport, AuditLog audit, Transactions transactions,
                          Clock clock, IdGenerator ids, RandomGenerator random) {
        this.webhooks = webhooks;
        this.transport = transport;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.random = random;
    }

    @Override
    public Result<WebhookEndpoint> register(RegisterCommand command) {
        if (!command.admin().is(Role.ADMIN)) {
            return new Result.Forbidden<>();
        }
        FieldErrors errors = new FieldErrors();
        Set<String> events = events(command.events(), errors);
        errors.maxLength(command.description(), MAX_DESCRIPTION_LENGTH, "description");
        // resolving the host may take a moment: outside the transaction, and only for an otherwise valid URL
        transport.refusal(command.url()).ifPresent(reason -> errors.require(false, "url", reason));
        errors.throwIfAny();
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(ids.next(WebhookEndpoint.PREFIX), command.url(), events,
                blankToNull(command.description()), WebhookSignature.newSecret(random), now);
        return transactions.inTransaction(() -> {
            webhooks.add(endpoint);
            audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), command.admin().id(), "webhook.created", endpoint.id(),
                    endpoint.url(), now));
            return new Result.Done<>(endpoint);
        });
    }

    @Override
    public Result<Page<WebhookEndpoint>> list(Actor caller, PageRequest page) {
        return asAdmin(caller, () -> new Result.Done<>(webhooks.endpoints(page)));
    }

    @Override
    public Result<WebhookEndpoint> delete(Actor caller, String id) {
        return asAdmin(caller, () -> transactions.inTransaction(() -> {
            Optional<WebhookEndpoint> endpoint = find(id);
            if (endpoint.isEmpty() || !webhooks.delete(id)) {
                return new Result.NotFound<>();
            }
            audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), caller.id(), "webhook.deleted", id,
                    endpoint.get().url(), clock.instant()));
            return new Result.Done<>(endpoint.get());
        }));
    }

    @Override
    public Result<WebhookDelivery> test(Actor caller, String id) {
        return asAdmin(caller, () -> transactions.inTransaction(() -> {
            Optional<WebhookEndpoint> endpoint = find(id);
            if (endpoint.isEmpty()) {
                return new Result.NotFound<>();
            }
            Instant now = clock.instant();
            String deliveryId = ids.next(WebhookDelivery.PREFIX);
            String eventId = WebhookPayload.eventId(WebhookEvents.TEST, Map.of("delivery_id", deliveryId));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("webhook_id", id);
            data.put("message", "A test event from Callout: your endpoint is reachable and verifies signatures.");
            WebhookDelivery delivery = WebhookDelivery.pending(deliveryId, id, eventId, WebhookEvents.TEST,
                    WebhookPayload.body(eventId, WebhookEvents.TEST, now, data), now);
            webhooks.record(List.of(delivery));
            audit.record(new AuditEntry(ids.next(AuditEntry.PREFIX), caller.id(), "webhook.tested", id, deliveryId, now));
            return new Result.Done<>(delivery);
        }));
    }

    @Override
    public Result<Page<WebhookDelivery>> deliveries(Actor caller, String id, PageRequest page) {
        return asAdmin(caller, () -> find(id).<Result<Page<WebhookDelivery>>>map(
                endpoint -> new Result.Done<>(webhooks.deliveries(endpoint.id(), page))).orElseGet(Result.NotFound::new));
    }

    private Optional<WebhookEndpoint> find(String id) {
        return Prefixed.matches(id, WebhookEndpoint.PREFIX) ? webhooks.endpoint(id) : Optional.empty();
    }

    private static <T> Result<T> asAdmin(Actor caller, Supplier<Result<T>> work) {
        return caller.is(Role.ADMIN) ? work.get() : new Result.Forbidden<>();
    }

    /** Public types, or {@code *} alone; duplicates collapse. */
    private static Set<String> events(List<String> requested, FieldErrors errors) {
        if (requested == null || requested.isEmpty()) {
            errors.require(false, "events", "name at least one event type, or [\"*\"] for all");
            return Set.of();
        }
        Set<String> events = new LinkedHashSet<>();
        for (String type : requested) {
            if (WebhookEndpoint.EVERY_EVENT.equals(type) || WebhookEvents.isPublic(type)) {
                events.add(type);
            } else {
                errors.require(false, "events", "unknown or internal event type " + (type == null ? "null" : "'" + type + "'")
                        + "; public types: " + String.join(", ", new TreeSet<>(WebhookEvents.PUBLIC)));
            }
        }
        errors.require(!events.contains(WebhookEndpoint.EVERY_EVENT) || events.size() == 1, "events",
                "\"*\" stands alone: it already means every public event type");
        return events;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

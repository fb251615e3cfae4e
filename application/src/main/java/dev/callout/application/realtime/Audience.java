package dev.callout.application.realtime;

import dev.callout.application.admin.JobDeleted;
import dev.callout.application.chat.ChatService;
import dev.callout.application.chat.MessageReceived;
import dev.callout.application.dispute.DisputeUpdated;
import dev.callout.application.event.Fields;
import dev.callout.application.notification.NotificationCreated;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.payment.PaymentEvent;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which users' sockets an event reaches, by the convention every feature's codec follows: events
 * for the parties of a job carry {@code customer_id} and {@code provider_id}. The one list of
 * forwarded types is here; a type not listed never leaves the server.
 */
public final class Audience {

    /** Sent to the provider an offer is for. */
    private static final Set<String> TO_PROVIDER = Set.of(DispatchEvent.OFFERED, DispatchEvent.OFFER_WITHDRAWN);

    /** Tracking frames: only the customer watches the provider come. */
    private static final Set<String> TO_CUSTOMER = Set.of(UpdateLocationService.LOCATION, UpdateLocationService.ETA);

    /** Sent to both parties of the job. */
    private static final Set<String> TO_PARTIES = Set.of(JobEvent.ACCEPTED, JobEvent.STATUS_CHANGED, PaymentEvent.UPDATED,
            MessageReceived.TYPE, DisputeUpdated.TYPE, JobDeleted.TYPE);

    /** Sent to the one user named by {@code recipient_id}: their notifications, the other party's typing and presence. */
    private static final Set<String> TO_RECIPIENT = Set.of(NotificationCreated.TYPE, ChatService.TYPING, JobPresenceService.TYPE);

    /**
     * Sent to the admins' sockets that asked for the operators' feed: every position and every job,
     * payment and dispute change, whoever the parties are.
     */
    private static final Set<String> TO_OPERATORS = Set.of(UpdateLocationService.POSITION, JobEvent.POSTED, JobEvent.ACCEPTED,
            JobEvent.STATUS_CHANGED, JobEvent.PROVIDER_WITHDREW, PaymentEvent.UPDATED, DisputeUpdated.TYPE, JobDeleted.TYPE);

    private Audience() {
    }

    public static boolean isForwarded(String type) {
        return TO_PROVIDER.contains(type) || TO_CUSTOMER.contains(type) || TO_PARTIES.contains(type)
                || TO_RECIPIENT.contains(type) || TO_OPERATORS.contains(type);
    }

    public static boolean isForOperators(String type) {
        return TO_OPERATORS.contains(type);
    }

    /** The ids of the users the event is for; empty for a type that is not forwarded. */
    public static Set<String> of(String type, Map<String, Object> fields) {
        Set<String> users = new LinkedHashSet<>();
        if (TO_CUSTOMER.contains(type) || TO_PARTIES.contains(type)) {
            addIfPresent(users, fields, "customer_id");
        }
        if (TO_PROVIDER.contains(type) || TO_PARTIES.contains(type)) {
            addIfPresent(users, fields, "provider_id");
        }
        if (TO_RECIPIENT.contains(type)) {
            addIfPresent(users, fields, "recipient_id");
        }
        return users;
    }

    private static void addIfPresent(Set<String> users, Map<String, Object> fields, String name) {
        String id = Fields.string(fields, name);
        if (id != null) {
            users.add(id);
        }
    }
}

package dev.callout.application.webhook;

import dev.callout.application.account.SessionsRevoked;
import dev.callout.application.admin.JobDeleted;
import dev.callout.application.chat.MessageReceived;
import dev.callout.application.dispute.DisputeUpdated;
import dev.callout.application.notification.NotificationCreated;
import java.util.Set;

/**
 * Which outbox event types integrators may subscribe to. Every event type the codecs know is
 * either public or internal (a test in bootstrap checks it), so a new type is a decision.
 */
public final class WebhookEvents {

    /** Jobs, payments, disputes, chat and account changes: what an integrator mirrors. */
    public static final Set<String> PUBLIC = Set.of("job.posted", "job.accepted", "job.status_changed",
            "job.provider_withdrew", JobDeleted.TYPE, "payment.updated", DisputeUpdated.TYPE, MessageReceived.TYPE,
            "account.provider_approved", "account.suspended", "account.reinstated", "account.deleted");

    /**
     * Never sent: session revocations (security plumbing), notifications (a user's inbox, derived
     * from the public events), and dispatch offers (which providers were asked, how far away).
     */
    public static final Set<String> INTERNAL = Set.of(SessionsRevoked.TYPE, NotificationCreated.TYPE, "job.offered",
            "job.offer_withdrawn");

    /** Sent only by POST /admin/webhooks/{id}/test, to that endpoint. */
    public static final String TEST = "webhook.test";

    private WebhookEvents() {
    }

    public static boolean isPublic(String type) {
        return type != null && PUBLIC.contains(type);
    }
}

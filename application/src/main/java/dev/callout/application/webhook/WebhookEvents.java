package dev.callout.application.webhook;

import dev.callout.application.account.SessionsRevoked;
import dev.callout.application.admin.JobDeleted;
import dev.callout.application.chat.MessageReceived;
import dev.callout.application.dispute.DisputeUpdated;
import dev.callout.application.notification.NotificationCreated;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.user.AccountEvent;
import java.util.Set;

/**
 * Which outbox event types integrators may subscribe to. Every event type the codecs know is
 * either public or internal (a test in bootstrap checks it), so a new type is a decision.
 */
public final class WebhookEvents {

    /** Jobs, payments, disputes, chat and account changes: what an integrator mirrors. */
    public static final Set<String> PUBLIC = Set.of(JobEvent.POSTED, JobEvent.ACCEPTED, JobEvent.STATUS_CHANGED,
            JobEvent.PROVIDER_WITHDREW, JobDeleted.TYPE, PaymentEvent.UPDATED, DisputeUpdated.TYPE, MessageReceived.TYPE,
            AccountEvent.PROVIDER_APPROVED, AccountEvent.SUSPENDED, AccountEvent.REINSTATED, AccountEvent.DELETED);

    /**
     * Never sent: session revocations (security plumbing), notifications (a user's inbox, derived
     * from the public events), and dispatch offers (which providers were asked, how far away).
     */
    public static final Set<String> INTERNAL = Set.of(SessionsRevoked.TYPE, NotificationCreated.TYPE, DispatchEvent.OFFERED,
            DispatchEvent.OFFER_WITHDRAWN);

    /** Sent only by POST /admin/webhooks/{id}/test, to that endpoint. */
    public static final String TEST = "webhook.test";

    private WebhookEvents() {
    }

    public static boolean isPublic(String type) {
        return type != null && PUBLIC.contains(type);
    }
}

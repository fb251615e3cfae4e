package dev.callout.application.notification;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.dispute.DisputeUpdated;
import dev.callout.application.event.EventHandler;
import dev.callout.application.port.Notifications;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.DispatchEvent;
import dev.callout.domain.dispute.DisputeStatus;
import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.job.JobEvent;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.notification.Notification;
import dev.callout.domain.payment.PaymentEvent;
import dev.callout.domain.payment.PaymentStatus;
import dev.callout.domain.payment.Stage;
import dev.callout.domain.user.AccountEvent;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.AdminAction;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns committed events into notifications (BlueWork's list): a job offered to a nearby provider,
 * accepted, en route, started, completed, cancelled, left by its provider; a payment confirmed, or needed again when its
 * hold lapsed; a dispute opened (to
 * admins) and resolved; a provider approved, an account suspended. Each is stored with
 * {@code notification.created} in one transaction; the source key makes a redelivered event a no-op.
 */
public final class NotifyOnEvents implements EventHandler {

    private static final Set<String> TYPES = Set.of(DispatchEvent.OFFERED, JobEvent.ACCEPTED, JobEvent.STATUS_CHANGED,
            JobEvent.PROVIDER_WITHDREW, PaymentEvent.UPDATED, DisputeUpdated.TYPE, AccountEvent.PROVIDER_APPROVED,
            AccountEvent.SUSPENDED);

    private final Notifications notifications;
    private final Users users;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    public NotifyOnEvents(Notifications notifications, Users users, Outbox outbox, Transactions transactions, Clock clock,
                          IdGenerator ids) {
        this.notifications = notifications;
        this.users = users;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public boolean handles(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public String name() {
        return "notifications";
    }

    /** A notification to write: who, what, and the key that makes it once per event and recipient. */
    private record Draft(UserId recipient, String type, String title, String body, Map<String, String> payload, String key) {
    }

    @Override
    public void handle(DomainEvent event) {
        for (Draft draft : drafts(event)) {
            Notification notification = new Notification(Notification.nextId(ids), draft.recipient(), draft.type(),
                    draft.title(), draft.body(), draft.payload(), draft.key(), false, clock.instant());
            transactions.inTransaction(() -> {
                if (notifications.add(notification) == Notifications.AddResult.ADDED) {
                    outbox.record(List.of(new NotificationCreated(notification)));
                }
                return null;
            });
        }
    }

    private List<Draft> drafts(DomainEvent event) {
        String key = event.type() + ":" + event.subjectId() + ":" + event.occurredAt();
        List<Draft> drafts = new ArrayList<>();
        switch (event) {
            case DispatchEvent.JobOffered offered -> drafts.add(new Draft(offered.providerId(), "job_created",
                    "New job nearby", "A " + offered.category() + " job near you is waiting for a provider.",
                    Map.of("job_id", offered.jobId().value()), key));
            case JobEvent.JobAccepted accepted -> drafts.add(new Draft(accepted.customerId(), "job_accepted",
                    "Your job was accepted", name(accepted.providerId(), "A provider") + " has accepted your job.",
                    Map.of("job_id", accepted.jobId().value(), "provider_id", accepted.providerId().value()), key));
            case JobEvent.JobStatusChanged changed -> {
                Map<String, String> payload = Map.of("job_id", changed.jobId().value(), "status", changed.to().wireName());
                switch (changed.to()) {
                    case EN_ROUTE -> drafts.add(new Draft(changed.customerId(), "job_en_route", "Your provider is on the way",
                            name(changed.providerId(), "Your provider") + " is on the way.", payload, key));
                    case IN_PROGRESS -> drafts.add(new Draft(changed.customerId(), "job_started", "Work has started",
                            name(changed.providerId(), "Your provider") + " has started the work.", payload, key));
                    case COMPLETED -> drafts.add(new Draft(changed.customerId(), "job_completed", "Job completed",
                            name(changed.providerId(), "Your provider") + " marked the job as completed.", payload, key));
                    case CANCELLED -> {
                        drafts.add(new Draft(changed.customerId(), "job_cancelled", "Job cancelled", "The job was cancelled.",
                                payload, key));
                        if (changed.providerId() != null) {
                            drafts.add(new Draft(changed.providerId(), "job_cancelled", "Job cancelled",
                                    "The job was cancelled.", payload, key));
                        }
                    }
                    case NO_PROVIDER_FOUND -> drafts.add(new Draft(changed.customerId(), "job_no_provider",
                            "No provider found", "Nobody nearby accepted your job in time.", payload, key));
                    default -> {
                    }
                }
            }
            case JobEvent.ProviderWithdrew withdrew -> {
                // the provider's cancel: the job is open again, and both sides are told, as of a cancel
                Map<String, String> payload = Map.of("job_id", withdrew.jobId().value(), "status", JobStatus.REQUESTED.wireName(),
                        "provider_id", withdrew.providerId().value());
                drafts.add(new Draft(withdrew.customerId(), "job_provider_withdrew", "Your provider withdrew",
                        name(withdrew.providerId(), "Your provider") + " withdrew; the job is open to other providers again.",
                        payload, key));
                drafts.add(new Draft(withdrew.providerId(), "job_provider_withdrew", "You withdrew",
                        "You withdrew from the job; it is open to other providers again.", payload, key));
            }
            case PaymentEvent.PaymentUpdated payment -> {
                if (payment.status() == PaymentStatus.CAPTURED || payment.status() == PaymentStatus.COMPLETED) {
                    // keyed by the payment alone: captured then released is one confirmation, not two
                    String once = "payment_confirmed:" + payment.paymentId().value();
                    Map<String, String> payload = Map.of("job_id", payment.jobId().value(),
                            "payment_id", payment.paymentId().value(), "status", payment.status().wireName());
                    String body = "Payment of " + payment.amount().amount().toPlainString() + " "
                            + payment.amount().currency().getCurrencyCode() + " is confirmed.";
                    drafts.add(new Draft(payment.customerId(), "payment_confirmed", "Payment confirmed", body, payload, once));
                    if (payment.providerId() != null) {
                        drafts.add(new Draft(payment.providerId(), "payment_confirmed", "Payment confirmed", body, payload, once));
                    }
                } else if (payment.status() == PaymentStatus.CANCELLED && Stage.HOLD_LAPSED.code().equals(payment.failureCode())) {
                    drafts.add(new Draft(payment.customerId(), "payment_needed", "Payment needed again",
                            "The hold on your card lapsed before the work was done: please pay for the job again.",
                            Map.of("job_id", payment.jobId().value(), "payment_id", payment.paymentId().value(),
                                    "status", payment.status().wireName()), "payment_needed:" + payment.paymentId().value()));
                }
            }
            case DisputeUpdated dispute -> {
                Map<String, String> payload = Map.of("dispute_id", dispute.disputeId(), "job_id", dispute.jobId(),
                        "status", dispute.status().wireName());
                if (dispute.status() == DisputeStatus.OPEN) {
                    for (UserId admin : admins()) {
                        drafts.add(new Draft(admin, "dispute_opened", "Dispute opened",
                                "A dispute was raised about job " + dispute.jobId() + ".", payload, key));
                    }
                } else if (dispute.status() == DisputeStatus.RESOLVED) {
                    String body = "The dispute about your job was resolved: " + dispute.resolution().wireName().replace('_', ' ') + ".";
                    drafts.add(new Draft(dispute.customerId(), "dispute_resolved", "Dispute resolved", body, payload, key));
                    if (dispute.providerId() != null) {
                        drafts.add(new Draft(dispute.providerId(), "dispute_resolved", "Dispute resolved", body, payload, key));
                    }
                }
            }
            case AccountEvent.StatusChangedByAdmin changed -> {
                if (changed.action() == AdminAction.APPROVED) {
                    drafts.add(new Draft(changed.userId(), "provider_approved", "You are approved",
                            "Your provider account was approved: you can go online and take jobs.", Map.of(), key));
                } else if (changed.action() == AdminAction.SUSPENDED) {
                    drafts.add(new Draft(changed.userId(), "account_suspended", "Account suspended",
                            "Your account was suspended.", Map.of(), key));
                }
            }
            default -> {
            }
        }
        return drafts;
    }

    private String name(UserId id, String otherwise) {
        return id == null ? otherwise : users.byId(id).map(User::name).filter(name -> !name.isBlank()).orElse(otherwise);
    }

    private List<UserId> admins() {
        List<UserId> admins = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<User> batch = users.list(Role.ADMIN, AccountStatus.ACTIVE, new PageRequest(page, PageRequest.MAX_LIMIT));
            batch.items().forEach(user -> admins.add(user.id()));
            if ((long) page * PageRequest.MAX_LIMIT >= batch.total()) {
                return admins;
            }
        }
    }
}

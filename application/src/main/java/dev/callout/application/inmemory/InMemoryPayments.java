package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.payment.PaymentQuery;
import dev.callout.application.port.Payments;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Payments in a map; versions behave as in the database (each write bumps the stored version). */
public final class InMemoryPayments implements Payments {

    private final Map<PaymentId, Payment> payments = new LinkedHashMap<>();

    @Override
    public synchronized AddResult add(Payment payment) {
        if (payments.containsKey(payment.id())) {
            throw new IllegalStateException("payment " + payment.id() + " exists");
        }
        if (liveForJob(payment.jobId()).isPresent()) {
            return AddResult.JOB_ALREADY_HAS_PAYMENT;
        }
        payments.put(payment.id(), payment.withVersion(1));
        return AddResult.ADDED;
    }

    @Override
    public synchronized Optional<Payment> byId(PaymentId id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public synchronized Optional<Payment> byIntentId(String intentId) {
        return payments.values().stream().filter(p -> intentId.equals(p.intentId())).findFirst();
    }

    @Override
    public synchronized Optional<Payment> byCheckoutSession(String sessionId) {
        return payments.values().stream().filter(p -> p.checkout() != null && p.checkout().id().equals(sessionId)).findFirst();
    }

    @Override
    public synchronized List<Payment> forJob(JobId jobId) {
        return payments.values().stream().filter(p -> p.jobId().equals(jobId)).sorted(Comparator.comparing(Payment::createdAt))
                .toList();
    }

    @Override
    public synchronized Optional<Payment> liveForJob(JobId jobId) {
        return payments.values().stream().filter(p -> p.jobId().equals(jobId) && p.isLive()).findFirst();
    }

    @Override
    public synchronized UpdateResult update(Payment payment) {
        Payment stored = payments.get(payment.id());
        if (stored == null || stored.version() != payment.version()) {
            return UpdateResult.STALE;
        }
        payments.put(payment.id(), payment.withVersion(payment.version() + 1));
        return UpdateResult.UPDATED;
    }

    @Override
    public synchronized Page<Payment> list(PaymentQuery query) {
        List<Payment> matching = payments.values().stream().filter(inScope(query.scope()))
                .sorted(Comparator.comparing(Payment::createdAt).thenComparing(p -> p.id().value()).reversed())
                .toList();
        List<Payment> page = matching.stream().skip(query.page().offset()).limit(query.page().limit()).toList();
        return new Page<>(page, query.page(), matching.size());
    }

    @Override
    public synchronized List<PaymentId> awaitingGateway(Instant before, int limit) {
        return payments.values().stream().filter(p -> p.awaitsGateway() && p.updatedAt().isBefore(before))
                .sorted(Comparator.comparing(Payment::updatedAt)).limit(limit).map(Payment::id).toList();
    }

    /** Every payment, for the in-memory analytics. */
    synchronized List<Payment> all() {
        return List.copyOf(payments.values());
    }

    private static Predicate<Payment> inScope(PaymentQuery.Scope scope) {
        return switch (scope) {
            case PaymentQuery.Scope.OfCustomer customer -> p -> p.customerId().equals(customer.customerId());
            case PaymentQuery.Scope.OfParty party -> p -> party.userId().equals(p.providerId())
                    || p.customerId().equals(party.userId());
            case PaymentQuery.Scope.All all -> p -> true;
        };
    }

    /** Whether any payment, of whatever status, is for the job. */
    synchronized boolean anyForJob(JobId jobId) {
        return payments.values().stream().anyMatch(payment -> payment.jobId().equals(jobId));
    }

    /** Whether a payment for the job is live or still has a gateway call to make. */
    synchronized boolean holdsMoneyFor(JobId jobId) {
        return payments.values().stream().anyMatch(payment -> payment.jobId().equals(jobId)
                && (payment.isLive() || payment.pendingCall() != null));
    }

    synchronized void removeJob(JobId jobId) {
        payments.values().removeIf(payment -> payment.jobId().equals(jobId));
    }
}

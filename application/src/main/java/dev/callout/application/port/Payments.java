package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.payment.PaymentQuery;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where payments are kept, with their refunds. A job has at most one live (not cancelled or failed) payment. */
public interface Payments {

    /** Stores a new payment unless its job already has a live one. */
    AddResult add(Payment payment);

    Optional<Payment> byId(PaymentId id);

    Optional<Payment> byIntentId(String intentId);

    /** The payment whose hosted page is this gateway session, whatever its status. */
    Optional<Payment> byCheckoutSession(String sessionId);

    /** Every payment of the job, whatever its status, oldest first. */
    List<Payment> forJob(JobId jobId);

    /** The job's payment that is not cancelled or failed, if any. */
    Optional<Payment> liveForJob(JobId jobId);

    /** Stores a changed payment only if nobody changed it since it was read (its {@code version}). */
    UpdateResult update(Payment payment);

    /** Newest first. */
    Page<Payment> list(PaymentQuery query);

    /** Payments with a gateway call or refund still to make, last changed before {@code before}, oldest first. */
    List<PaymentId> awaitingGateway(Instant before, int limit);

    enum AddResult { ADDED, JOB_ALREADY_HAS_PAYMENT }

    enum UpdateResult { UPDATED, STALE }
}

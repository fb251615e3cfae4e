package dev.callout.application.payment;

import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.user.Actor;
import java.util.Optional;

/** One payment, if the caller is a party of its job or an admin. */
public interface GetPaymentUseCase {

    Optional<Payment> get(Actor actor, PaymentId id);

    /** The job's payment that is not cancelled or failed, on the same terms. */
    Optional<Payment> liveForJob(Actor actor, JobId jobId);
}

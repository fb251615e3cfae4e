package dev.callout.application.payment;

import dev.callout.application.job.GetJobUseCase;
import dev.callout.domain.job.JobId;
import dev.callout.domain.payment.Payment;
import dev.callout.domain.payment.PaymentId;
import dev.callout.domain.user.Actor;
import java.util.Optional;

/** One payment, if the caller is a party of its job or an admin. */
public interface GetPaymentUseCase {

    Optional<Payment> get(Actor actor, PaymentId id);

    /**
     * Whether the caller may see the payment, and if not, how to say so: a non-party is told nothing (NOT_FOUND) unless
     * the deployment refuses non-parties openly ({@code callout.jobs.refuse-non-parties-openly}, BlueWork), as for jobs.
     */
    GetJobUseCase.Access access(Actor actor, PaymentId id);

    /** The job's payment that is not cancelled or failed, on the same terms. */
    Optional<Payment> liveForJob(Actor actor, JobId jobId);
}

package dev.callout.application.payment;

import dev.callout.application.job.JobResult;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.domain.payment.PaymentMethod;
import dev.callout.domain.user.Actor;

/**
 * The policy that holds the customer's card as a job is posted ({@code callout.payments.cards-held-from-posting}):
 * once the job is stored, its card payment is opened for its price as {@link CreatePaymentUseCase} opens one
 * (a {@link CreatePaymentService} that allows cards held from posting), so the poster gets its client secret at
 * once. A job left without one (a price of zero, a process that died in between) can still be paid by create;
 * a gateway that did not answer is asked again by the payment sweeper.
 */
public final class CardsHeldAtPosting {

    private CardsHeldAtPosting() {
    }

    public static PostJobUseCase posting(PostJobUseCase post, CreatePaymentUseCase pay) {
        return (command, onCommit) -> held(pay, command.customer(), post.post(command, onCommit));
    }

    public static OrderJobUseCase ordering(OrderJobUseCase order, CreatePaymentUseCase pay) {
        return (command, onCommit) -> held(pay, command.customer(), order.order(command, onCommit));
    }

    private static JobResult held(CreatePaymentUseCase pay, Actor customer, JobResult posted) {
        if (posted instanceof JobResult.Ok ok) {
            pay.create(new CreatePaymentUseCase.CreatePaymentCommand(customer, ok.job().id(), PaymentMethod.CARD, null));
        }
        return posted;
    }
}

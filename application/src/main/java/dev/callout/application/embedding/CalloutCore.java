package dev.callout.application.embedding;

import dev.callout.application.analytics.GetAnalyticsService;
import dev.callout.application.analytics.GetAnalyticsUseCase;
import dev.callout.application.background.FailedWork;
import dev.callout.application.background.RetryPolicy;
import dev.callout.application.catalog.CatalogService;
import dev.callout.application.catalog.CatalogUseCase;
import dev.callout.application.catalog.ListCategoriesService;
import dev.callout.application.catalog.ListCategoriesUseCase;
import dev.callout.application.dispatch.Dispatcher;
import dev.callout.application.dispatch.RunDueTimers;
import dev.callout.application.dispatch.SpeedModelEtas;
import dev.callout.application.dispatch.TrackProviderWork;
import dev.callout.application.event.EventRelay;
import dev.callout.application.inmemory.InMemoryDeadLetterMetrics;
import dev.callout.application.inmemory.InMemoryJobViews;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.job.AcceptJobService;
import dev.callout.application.job.AcceptJobUseCase;
import dev.callout.application.job.CancelJobService;
import dev.callout.application.job.CancelJobUseCase;
import dev.callout.application.job.ChangeJobStatusService;
import dev.callout.application.job.ChangeJobStatusUseCase;
import dev.callout.application.job.FulfilmentUpdatesService;
import dev.callout.application.job.FulfilmentUpdatesUseCase;
import dev.callout.application.job.GetJobService;
import dev.callout.application.job.GetJobUseCase;
import dev.callout.application.job.ListJobsService;
import dev.callout.application.job.ListJobsUseCase;
import dev.callout.application.job.OrderJobService;
import dev.callout.application.job.OrderJobUseCase;
import dev.callout.application.job.PostJobService;
import dev.callout.application.job.PostJobUseCase;
import dev.callout.application.job.QuoteJobService;
import dev.callout.application.job.QuoteJobUseCase;
import dev.callout.application.notification.NotifyOnEvents;
import dev.callout.application.notification.PushOnNotification;
import dev.callout.application.payment.CreatePaymentService;
import dev.callout.application.payment.CreatePaymentUseCase;
import dev.callout.application.payment.HandleGatewayEventService;
import dev.callout.application.payment.HandleGatewayEventUseCase;
import dev.callout.application.payment.PaymentCommandsService;
import dev.callout.application.payment.PaymentQueriesService;
import dev.callout.application.payment.PaymentsOnJobEvents;
import dev.callout.application.payment.PayoutAccountService;
import dev.callout.application.payment.PayoutAccountUseCase;
import dev.callout.application.payment.QuoteFeeService;
import dev.callout.application.payment.QuoteFeeUseCase;
import dev.callout.application.payment.RefundPaymentService;
import dev.callout.application.payment.RefundPaymentUseCase;
import dev.callout.application.payment.SettleGatewayCallsService;
import dev.callout.application.payment.SettleGatewayCallsUseCase;
import dev.callout.application.port.Users;
import dev.callout.application.presence.SetAvailabilityService;
import dev.callout.application.presence.SetAvailabilityUseCase;
import dev.callout.application.presence.UpdateLocationService;
import dev.callout.application.presence.UpdateLocationUseCase;
import dev.callout.application.webhook.DeliverWebhooks;
import dev.callout.application.webhook.RecordWebhookDeliveries;
import dev.callout.application.webhook.WebhookService;
import dev.callout.application.webhook.WebhooksUseCase;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Every use case the server wires (jobs, catalog and orders, dispatch, presence and live channels,
 * payments and payouts, idempotency keys and rate limits; identity, trust, operations, analytics and
 * webhooks) over in-memory adapters (or the ports an embedder swaps in through {@link #builder}), with
 * no threads: the embedder drives time and calls {@link #runDueWork()} to let recorded events, due
 * timers and webhook deliveries do their work, and the positions reported as a stream be written.
 */
public final class CalloutCore {

    private final CalloutPorts ports;
    private final EventRelay relay;
    private final RunDueTimers timers;
    private final ListCategoriesUseCase listCategories;
    private final CatalogUseCase catalog;
    private final QuoteJobUseCase quoteJob;
    private final PostJobUseCase postJob;
    private final GetJobUseCase getJob;
    private final ListJobsUseCase listJobs;
    private final AcceptJobUseCase acceptJob;
    private final ChangeJobStatusUseCase changeJobStatus;
    private final CancelJobUseCase cancelJob;
    private final OrderJobUseCase orderJob;
    private final FulfilmentUpdatesUseCase fulfilmentUpdates;
    private final SetAvailabilityUseCase setAvailability;
    private final UpdateLocationUseCase updateLocation;
    private final CreatePaymentUseCase createPayment;
    private final PaymentCommandsService paymentCommands;
    private final PaymentQueriesService paymentQueries;
    private final RefundPaymentUseCase refundPayment;
    private final QuoteFeeUseCase quoteFee;
    private final PayoutAccountUseCase payoutAccounts;
    private final HandleGatewayEventUseCase handleGatewayEvent;
    private final SettleGatewayCallsUseCase settleGatewayCalls;
    private final Presence presence;
    private final Operations operations;
    private final Identity identity;
    private final Trust trust;
    private final GetAnalyticsUseCase analytics;
    private final WebhooksUseCase webhooks;
    private final DeliverWebhooks webhookDeliveries;

    CalloutCore(CalloutPorts p) {
        this.ports = p;
        Clock clock = p.clock;
        listCategories = new ListCategoriesService(p.categories);
        catalog = new CatalogService(p.catalog, p.categories, p.files, p.audit, p.transactions, clock, p.ids);
        quoteJob = new QuoteJobService(p.categories);
        postJob = new PostJobService(p.categories, p.jobs, p.files, p.trust.fileLimits, p.outbox, p.timeline, p.transactions,
                clock, p.ids);
        getJob = new GetJobService(p.jobs, new InMemoryJobViews(p.jobs, p.orders, p.timeline, p.files));
        listJobs = new ListJobsService(p.jobs);
        acceptJob = new AcceptJobService(p.jobs, p.outbox, p.timeline, p.transactions, clock);
        changeJobStatus = new ChangeJobStatusService(p.jobs, p.outbox, p.timeline, p.transactions, clock,
                p.cancellation);
        cancelJob = new CancelJobService(p.jobs, p.outbox, p.timeline, p.transactions, clock, p.cancellation);
        orderJob = new OrderJobService(p.catalog, p.orders, p.categories, p.jobs, p.files, p.trust.fileLimits, p.outbox,
                p.timeline, p.transactions, clock, p.ids, null);
        fulfilmentUpdates = new FulfilmentUpdatesService(p.fulfilmentSecret, Duration.ofMinutes(5), p.orders, p.jobs, p.users,
                p.processedWebhooks, p.outbox, p.timeline, p.transactions, clock);
        SpeedModelEtas etas = new SpeedModelEtas(p.speed);
        setAvailability = new SetAvailabilityService(p.presences, p.transactions, clock);
        updateLocation = new UpdateLocationService(p.presences, p.jobs, p.live, etas, p.transactions, clock);
        createPayment = new CreatePaymentService(p.jobs, p.payments, p.ledger, p.payoutAccounts, p.gateway, p.outbox,
                p.transactions, clock, p.ids, p.holdWindow);
        paymentCommands = new PaymentCommandsService(p.payments, p.ledger, p.gateway, p.outbox, p.transactions, clock);
        paymentQueries = new PaymentQueriesService(p.payments, p.ledger);
        refundPayment = new RefundPaymentService(p.payments, p.ledger, p.gateway, p.outbox, p.transactions, clock, p.ids);
        quoteFee = new QuoteFeeService(p.categories, p.defaultFee);
        payoutAccounts = new PayoutAccountService(p.payoutAccounts, p.users, p.gateway, p.transactions, clock);
        handleGatewayEvent = new HandleGatewayEventService(p.gatewayEvents, p.processedWebhooks, p.payments, p.ledger,
                p.gateway, p.outbox, p.transactions, clock, p.ids);
        settleGatewayCalls = new SettleGatewayCallsService(p.payments, p.ledger, p.gateway, p.outbox, p.transactions, clock);
        Dispatcher dispatcher = new Dispatcher(p.jobs, p.presences, p.favorites, p.rounds, p.timers, p.outbox, p.timeline,
                etas, p.transactions, clock, p.dispatch);
        identity = Identity.over(p);
        trust = Trust.over(p, refundPayment);
        presence = Presence.over(p, etas);
        operations = Operations.over(p);
        analytics = p.analytics == null ? null : new GetAnalyticsService(p.analytics, clock);
        WebhookPorts hooks = p.webhooks;
        webhooks = new WebhookService(hooks.webhooks, hooks.transport, p.audit, p.transactions, clock, p.ids, new SecureRandom());
        webhookDeliveries = new DeliverWebhooks(hooks.webhooks, hooks.transport, Runnable::run, clock, hooks.settings, () -> {
        });
        FailedWork failures = new FailedWork(RetryPolicy.DEFAULT, p.ids, new InMemoryDeadLetterMetrics());
        relay = new EventRelay(p.outbox, List.of(dispatcher, new TrackProviderWork(p.presences, p.jobs, p.transactions, clock),
                new PaymentsOnJobEvents(p.payments, p.ledger, p.gateway, p.outbox, p.transactions, clock),
                new NotifyOnEvents(p.trust.notifications, p.users, p.outbox, p.transactions, clock, p.ids),
                new PushOnNotification(p.trust.push),
                new RecordWebhookDeliveries(hooks.webhooks, StandardEventCodecs.all(), p.transactions, clock, p.ids)),
                clock, EventRelay.Settings.DEFAULT, failures);
        timers = new RunDueTimers(p.timers, dispatcher, p.transactions, clock, failures);
    }

    /** Every port in memory, the payment gateway simulated (a customer's card is confirmed at once). */
    public static CalloutCore inMemory(Clock clock) {
        return builder(clock).build();
    }

    /** In-memory ports to start from; swap any of them before {@link CalloutPorts#build()}. */
    public static CalloutPorts builder(Clock clock) {
        return new CalloutPorts(clock);
    }

    /**
     * Delivers recorded events to their handlers (dispatch, work tracking, payments, notifications,
     * webhook recording), fires the timers that are due and makes the due webhook deliveries, until
     * none has anything left; returns how many items ran.
     */
    public int runDueWork() {
        int ran = 0;
        for (int round = dueRound(); round > 0; round = dueRound()) {
            ran += round;
        }
        return ran;
    }

    private int dueRound() {
        return relay.relayDue() + timers.runDue() + webhookDeliveries.startDue() + updateLocation.flushReports();
    }

    /** Stores an active account without a password: signing in is the embedder's. */
    public Actor addAccount(Role role, String name, String email, Set<String> categories) {
        User user = new User(UserId.next(ports.ids), role, name, email, null, User.NO_PASSWORD, categories,
                AccountStatus.ACTIVE, ports.clock.instant());
        ports.users.add(user);
        return user.asActor();
    }

    public Users users() {
        return ports.users;
    }

    /** Every event recorded so far, in order. */
    public InMemoryOutbox events() {
        return ports.outbox;
    }

    /** The categories jobs may be posted in, each with its price. */
    public ListCategoriesUseCase listCategories() {
        return listCategories;
    }

    /** The services and packages admins offer; {@link #orderJob()} orders a package. */
    public CatalogUseCase catalog() {
        return catalog;
    }

    public QuoteJobUseCase quoteJob() {
        return quoteJob;
    }

    public PostJobUseCase postJob() {
        return postJob;
    }

    public GetJobUseCase getJob() {
        return getJob;
    }

    public ListJobsUseCase listJobs() {
        return listJobs;
    }

    public AcceptJobUseCase acceptJob() {
        return acceptJob;
    }

    public ChangeJobStatusUseCase changeJobStatus() {
        return changeJobStatus;
    }

    public CancelJobUseCase cancelJob() {
        return cancelJob;
    }

    /** A package of the catalog ordered, with its details: posted as a job like any other. */
    public OrderJobUseCase orderJob() {
        return orderJob;
    }

    /** A fulfilment system's signed order updates (seed 004's order webhook). */
    public FulfilmentUpdatesUseCase fulfilmentUpdates() {
        return fulfilmentUpdates;
    }

    public SetAvailabilityUseCase setAvailability() {
        return setAvailability;
    }

    public UpdateLocationUseCase updateLocation() {
        return updateLocation;
    }

    public CreatePaymentUseCase createPayment() {
        return createPayment;
    }

    /** Releasing a payment and confirming cash. */
    public PaymentCommandsService paymentCommands() {
        return paymentCommands;
    }

    /** One payment, a list of them, a provider's earnings. */
    public PaymentQueriesService paymentQueries() {
        return paymentQueries;
    }

    public RefundPaymentUseCase refundPayment() {
        return refundPayment;
    }

    public QuoteFeeUseCase quoteFee() {
        return quoteFee;
    }

    /** Providers' connected accounts at the payment gateway, where their payouts go. */
    public PayoutAccountUseCase payoutAccounts() {
        return payoutAccounts;
    }

    /** The gateway's webhooks: {@link CalloutPorts#gatewayEvents} reads and verifies them. */
    public HandleGatewayEventUseCase handleGatewayEvent() {
        return handleGatewayEvent;
    }

    /** Repeats the gateway calls left unanswered (the server's payment sweeper runs it periodically). */
    public SettleGatewayCallsUseCase settleGatewayCalls() {
        return settleGatewayCalls;
    }

    /** Nearby providers and jobs, a provider's base location, job channels and missed events. */
    public Presence presence() {
        return presence;
    }

    /** Moderation, the providers' map, dead letters, the orphaned-file sweep, idempotency keys and rate limits. */
    public Operations operations() {
        return operations;
    }

    /** Sign-up, codes, sign-in, sessions, profile, deletion and the admins' acts on accounts. */
    public Identity identity() {
        return identity;
    }

    /** Chat, files, reviews, favourites, disputes and notifications. */
    public Trust trust() {
        return trust;
    }

    /** The admins' figures; there are none once jobs, users or payments are swapped without an analytics port. */
    public GetAnalyticsUseCase analytics() {
        if (analytics == null) {
            throw CalloutPorts.unavailable("analytics");
        }
        return analytics;
    }

    /** The admins' webhook endpoints; {@link #runDueWork()} records and makes their deliveries. */
    public WebhooksUseCase webhooks() {
        return webhooks;
    }
}

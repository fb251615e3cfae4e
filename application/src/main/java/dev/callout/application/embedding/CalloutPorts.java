package dev.callout.application.embedding;

import dev.callout.application.development.SimulatedPaymentGateway;
import dev.callout.application.inmemory.InMemoryAnalytics;
import dev.callout.application.inmemory.InMemoryAuditLog;
import dev.callout.application.inmemory.InMemoryCatalog;
import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.application.inmemory.InMemoryConversations;
import dev.callout.application.inmemory.InMemoryDispatchRounds;
import dev.callout.application.inmemory.InMemoryDisputes;
import dev.callout.application.inmemory.InMemoryFileContents;
import dev.callout.application.inmemory.InMemoryFavorites;
import dev.callout.application.inmemory.InMemoryGatewayEvents;
import dev.callout.application.inmemory.InMemoryJobTimeline;
import dev.callout.application.inmemory.InMemoryJobs;
import dev.callout.application.inmemory.InMemoryLedger;
import dev.callout.application.inmemory.InMemoryLiveEvents;
import dev.callout.application.inmemory.InMemoryMessages;
import dev.callout.application.inmemory.InMemoryOrders;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.inmemory.InMemoryPayments;
import dev.callout.application.inmemory.InMemoryPayoutAccounts;
import dev.callout.application.inmemory.InMemoryProcessedWebhooks;
import dev.callout.application.inmemory.InMemoryProviderPresences;
import dev.callout.application.inmemory.InMemoryStoredFiles;
import dev.callout.application.inmemory.InMemoryTimers;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.port.Analytics;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Catalog;
import dev.callout.application.port.Categories;
import dev.callout.application.port.DispatchRounds;
import dev.callout.application.port.Favorites;
import dev.callout.application.port.GatewayEvents;
import dev.callout.application.port.JobTimeline;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Ledger;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.Orders;
import dev.callout.application.port.PaymentGateway;
import dev.callout.application.port.Payments;
import dev.callout.application.port.PayoutAccounts;
import dev.callout.application.port.ProcessedWebhooks;
import dev.callout.application.port.ProviderPresences;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Timers;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.dispatch.DispatchPolicy;
import dev.callout.domain.dispatch.SpeedModel;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.job.CancellationPolicy;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.payment.HoldWindow;
import dev.callout.domain.pricing.Category;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The ports and policies a {@link CalloutCore} runs on, in memory until swapped: pass your own
 * store or gateway to the setter of its port (those of identity, trust, presence, operations and
 * webhooks through {@link #identity}, {@link #trust}, {@link #presence}, {@link #operations} and
 * {@link #webhooks}), then {@link #build()}. The events stay in memory, so {@link CalloutCore#events()}
 * shows what happened, and each goes to the {@link #liveEvents live events} as it is recorded, as the
 * server's outbox notifies its nodes.
 */
public final class CalloutPorts {

    final Clock clock;
    IdGenerator ids;
    Users users = new InMemoryUsers();
    Categories categories = new InMemoryCategories(List.of());
    Catalog catalog = new InMemoryCatalog();
    Jobs jobs = new InMemoryJobs();
    JobTimeline timeline = new InMemoryJobTimeline();
    Orders orders = new InMemoryOrders();
    StoredFiles files = new InMemoryStoredFiles();
    Transactions transactions = new InMemoryTransactions();
    ProviderPresences presences;
    Favorites favorites = new InMemoryFavorites();
    DispatchRounds rounds = new InMemoryDispatchRounds();
    Timers timers = new InMemoryTimers();
    LiveEvents live = new InMemoryLiveEvents();
    Payments payments = new InMemoryPayments();
    Ledger ledger = new InMemoryLedger();
    PayoutAccounts payoutAccounts = new InMemoryPayoutAccounts();
    PaymentGateway gateway = new SimulatedPaymentGateway(true);
    GatewayEvents gatewayEvents = new InMemoryGatewayEvents();
    ProcessedWebhooks processedWebhooks = new InMemoryProcessedWebhooks();
    FeeRate defaultFee = FeeRate.DEFAULT;
    String fulfilmentSecret;
    InMemoryOutbox outbox;
    DispatchPolicy dispatch = DispatchPolicy.DEFAULT;
    CancellationPolicy cancellation = CancellationPolicy.DEFAULT;
    HoldWindow holdWindow = HoldWindow.STRIPE;
    SpeedModel speed = SpeedModel.METRO_MANILA;
    AuditLog audit = new InMemoryAuditLog();
    Analytics analytics;
    final IdentityPorts identity = new IdentityPorts();
    final TrustPorts trust = new TrustPorts();
    final WebhookPorts webhooks = new WebhookPorts();
    final OperationsPorts operations = new OperationsPorts();
    final PresencePorts presence = new PresencePorts();

    CalloutPorts(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = new TimeOrderedIds(clock, new SecureRandom());
    }

    /**
     * The core over these ports. A store left unset is in memory over the ones given; the in-memory
     * conversations, analytics, job deletions and dead letters read the in-memory stores, so once
     * those are swapped, set them too.
     */
    public CalloutCore build() {
        outbox = new InMemoryOutbox(live, StandardEventCodecs.all());
        if (presences == null) {
            presences = new InMemoryProviderPresences(users, trust.reviews);
        }
        if (trust.messages == null) {
            trust.messages = new InMemoryMessages(jobs, files);
        }
        if (trust.fileContents == null) {
            trust.fileContents = new InMemoryFileContents(clock);
        }
        if (trust.disputes == null) {
            trust.disputes = new InMemoryDisputes(files);
        }
        if (trust.conversations == null && jobs instanceof InMemoryJobs memoryJobs
                && trust.messages instanceof InMemoryMessages memoryMessages) {
            trust.conversations = new InMemoryConversations(memoryJobs, memoryMessages, users, categories);
        }
        if (analytics == null && jobs instanceof InMemoryJobs memoryJobs && users instanceof InMemoryUsers memoryUsers
                && payments instanceof InMemoryPayments memoryPayments) {
            analytics = new InMemoryAnalytics(memoryJobs, memoryUsers, memoryPayments);
        }
        operations.fillIn(this);
        return new CalloutCore(this);
    }

    static IllegalStateException unavailable(String port) {
        return new IllegalStateException("no " + port + " port: the in-memory one reads in-memory stores that were swapped; "
                + "set one on the builder");
    }

    /** Sign-up, codes, sign-in and sessions: {@code identity(ports -> ports.codeSender(sms))}. */
    public CalloutPorts identity(Consumer<IdentityPorts> swap) {
        swap.accept(identity);
        return this;
    }

    /** Chat, files, reviews, disputes and notifications: {@code trust(ports -> ports.pushSender(push))}. */
    public CalloutPorts trust(Consumer<TrustPorts> swap) {
        swap.accept(trust);
        return this;
    }

    /** Outgoing webhooks: {@code webhooks(ports -> ports.transport(http))}. */
    public CalloutPorts webhooks(Consumer<WebhookPorts> swap) {
        swap.accept(webhooks);
        return this;
    }

    /** Moderation, dead letters, idempotency keys and rate limits: {@code operations(ports -> ports.deadLetters(mine))}. */
    public CalloutPorts operations(Consumer<OperationsPorts> swap) {
        swap.accept(operations);
        return this;
    }

    /** Nearby jobs, job channels and the replay of missed events: {@code presence(ports -> ports.replayLimit(50))}. */
    public CalloutPorts presence(Consumer<PresencePorts> swap) {
        swap.accept(presence);
        return this;
    }

    /** The admins' acts on accounts and webhooks. */
    public CalloutPorts auditLog(AuditLog audit) {
        this.audit = Objects.requireNonNull(audit);
        return this;
    }

    /** Default: computed from the in-memory jobs, users and payments; set it once those are swapped. */
    public CalloutPorts analytics(Analytics analytics) {
        this.analytics = Objects.requireNonNull(analytics);
        return this;
    }

    /** The service categories jobs may be posted in, each with its pricing. */
    public CalloutPorts categories(List<Category> served) {
        return categories(new InMemoryCategories(served));
    }

    public CalloutPorts categories(Categories categories) {
        this.categories = Objects.requireNonNull(categories);
        return this;
    }

    /** The services admins offer in the categories, with packages customers order as jobs. */
    public CalloutPorts catalog(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
        return this;
    }

    public CalloutPorts ids(IdGenerator ids) {
        this.ids = Objects.requireNonNull(ids);
        return this;
    }

    public CalloutPorts users(Users users) {
        this.users = Objects.requireNonNull(users);
        return this;
    }

    public CalloutPorts jobs(Jobs jobs) {
        this.jobs = Objects.requireNonNull(jobs);
        return this;
    }

    /** Where each job's steps are kept; swap it together with {@link #jobs(Jobs)}. */
    public CalloutPorts timeline(JobTimeline timeline) {
        this.timeline = Objects.requireNonNull(timeline);
        return this;
    }

    /** What each ordered job was ordered as; swap it together with {@link #jobs(Jobs)}. */
    public CalloutPorts orders(Orders orders) {
        this.orders = Objects.requireNonNull(orders);
        return this;
    }

    /** The uploaded files a posted job's images are checked against and attached from. */
    public CalloutPorts storedFiles(StoredFiles files) {
        this.files = Objects.requireNonNull(files);
        return this;
    }

    public CalloutPorts transactions(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions);
        return this;
    }

    /** Default: in memory, over the users given (so set users first). */
    public CalloutPorts presences(ProviderPresences presences) {
        this.presences = Objects.requireNonNull(presences);
        return this;
    }

    public CalloutPorts favorites(Favorites favorites) {
        this.favorites = Objects.requireNonNull(favorites);
        return this;
    }

    public CalloutPorts dispatchRounds(DispatchRounds rounds) {
        this.rounds = Objects.requireNonNull(rounds);
        return this;
    }

    public CalloutPorts timers(Timers timers) {
        this.timers = Objects.requireNonNull(timers);
        return this;
    }

    public CalloutPorts liveEvents(LiveEvents live) {
        this.live = Objects.requireNonNull(live);
        return this;
    }

    public CalloutPorts payments(Payments payments) {
        this.payments = Objects.requireNonNull(payments);
        return this;
    }

    public CalloutPorts ledger(Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger);
        return this;
    }

    public CalloutPorts payoutAccounts(PayoutAccounts payoutAccounts) {
        this.payoutAccounts = Objects.requireNonNull(payoutAccounts);
        return this;
    }

    public CalloutPorts paymentGateway(PaymentGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway);
        return this;
    }

    /** Reads the gateway's webhooks; default: {@link InMemoryGatewayEvents}, whose payloads are filed events. */
    public CalloutPorts gatewayEvents(GatewayEvents gatewayEvents) {
        this.gatewayEvents = Objects.requireNonNull(gatewayEvents);
        return this;
    }

    public CalloutPorts processedWebhooks(ProcessedWebhooks processedWebhooks) {
        this.processedWebhooks = Objects.requireNonNull(processedWebhooks);
        return this;
    }

    /** The platform's fee where a category sets none; default 5%. */
    public CalloutPorts defaultFee(FeeRate defaultFee) {
        this.defaultFee = Objects.requireNonNull(defaultFee);
        return this;
    }


    /** The secret a fulfilment system signs order updates with; none (the default): no update is applied. */
    public CalloutPorts fulfilmentSecret(String fulfilmentSecret) {
        this.fulfilmentSecret = fulfilmentSecret;
        return this;
    }

    public CalloutPorts dispatchPolicy(DispatchPolicy dispatch) {
        this.dispatch = Objects.requireNonNull(dispatch);
        return this;
    }

    public CalloutPorts cancellationPolicy(CancellationPolicy cancellation) {
        this.cancellation = Objects.requireNonNull(cancellation);
        return this;
    }

    public CalloutPorts holdWindow(HoldWindow holdWindow) {
        this.holdWindow = Objects.requireNonNull(holdWindow);
        return this;
    }

    public CalloutPorts speedModel(SpeedModel speed) {
        this.speed = Objects.requireNonNull(speed);
        return this;
    }
}

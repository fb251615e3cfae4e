package dev.callout.application.account;

import dev.callout.application.TestClock;
import dev.callout.application.admin.ChangeAccountStatusService;
import dev.callout.application.admin.ListAuditLogService;
import dev.callout.application.admin.ListUsersService;
import dev.callout.application.inmemory.InMemoryAuditLog;
import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.application.inmemory.InMemoryLoginAttempts;
import dev.callout.application.inmemory.InMemoryOutbox;
import dev.callout.application.inmemory.InMemorySessions;
import dev.callout.application.inmemory.InMemoryStoredFiles;
import dev.callout.application.inmemory.InMemoryTransactions;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.inmemory.InMemoryVerificationCodes;
import dev.callout.application.inmemory.Pbkdf2PasswordHasher;
import dev.callout.application.inmemory.RecordingCodeSender;
import dev.callout.application.port.GoogleIdentities;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Every account use case wired to in-memory adapters, a hand-moved clock and a recording code sender. */
final class AccountWorld {

    static final String PASSWORD = "correct horse battery";
    static final Category TOWING = new Category("towing", "Towing", new PricingPolicy(Money.parse("500.00", "PHP"),
            Money.parse("50.00", "PHP"), 0, FeeRate.DEFAULT), true);
    static final Category PLUMBER = new Category("plumber", "Plumber", new PricingPolicy(Money.parse("500.00", "PHP"),
            Money.parse("0.00", "PHP"), 0, FeeRate.DEFAULT), false);

    final TestClock clock = new TestClock(Instant.parse("2026-11-21T08:00:00Z"));
    final AccountPolicy policy;
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryStoredFiles files = new InMemoryStoredFiles();
    final InMemorySessions sessions = new InMemorySessions();
    final InMemoryVerificationCodes codeStore = new InMemoryVerificationCodes();
    final RecordingCodeSender sender = new RecordingCodeSender();
    final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1000);
    final TimeOrderedIds ids = new TimeOrderedIds(clock, new SplittableRandom(5));
    final SplittableRandom random = new SplittableRandom(7);
    final Codes codes;
    final SessionIssuer issuer;
    final RegisterUserService register;
    final LogInService logIn;
    final SendCodeService sendCode;
    final VerifyCodeService verify;
    final ResetPasswordService reset;
    final RefreshSessionService refresh;
    final SessionService sessionService;
    final UpdateProfileService updateProfile;
    final DeleteAccountService delete;
    final CreateAdminService createAdmin;
    final ChangeAccountStatusService changeStatus;
    final ListUsersService listUsers;
    final ListAuditLogService auditLog;
    GoogleIdentities google = token -> new GoogleIdentities.Verification.Refused("no google in this world");
    final SignInWithGoogleService googleSignIn;

    AccountWorld() {
        this(AccountPolicy.DEFAULT);
    }

    AccountWorld(AccountPolicy policy) {
        this.policy = policy;
        codes = new Codes(codeStore, sender, attempts, new Hashes("a test secret of some length".getBytes(StandardCharsets.UTF_8)),
                clock, ids, random, policy);
        issuer = new SessionIssuer(sessions, clock, ids, random, policy);
        register = new RegisterUserService(users, new InMemoryCategories(List.of(TOWING, PLUMBER)), hasher, codes,
                transactions, clock, ids, policy);
        logIn = new LogInService(users, hasher, new LoginThrottle(attempts, clock, policy), issuer);
        sendCode = new SendCodeService(users, codes, transactions);
        verify = new VerifyCodeService(users, codes, issuer, transactions, policy);
        SessionRevocations revocations = new SessionRevocations(sessions, outbox);
        reset = new ResetPasswordService(users, codes, revocations, hasher, transactions, clock);
        refresh = new RefreshSessionService(sessions, revocations, users, issuer, transactions, clock);
        sessionService = new SessionService(sessions, revocations, transactions, clock);
        updateProfile = new UpdateProfileService(users, files, codes, transactions);
        delete = new DeleteAccountService(users, revocations, outbox, transactions, clock, policy);
        createAdmin = new CreateAdminService(users, audit, hasher, transactions, clock, ids);
        changeStatus = new ChangeAccountStatusService(users, revocations, audit, outbox, transactions, clock, ids);
        listUsers = new ListUsersService(users);
        auditLog = new ListAuditLogService(audit);
        googleSignIn = new SignInWithGoogleService(token -> google.verify(token), users, issuer, transactions, clock, ids);
    }

    String lastCode(String destination) {
        return sender.lastCode(destination).orElseThrow(() -> new AssertionError("no code was sent to " + destination));
    }
}

package dev.callout.bootstrap;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.callout.application.account.AccountPolicy;
import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.application.account.Codes;
import dev.callout.application.account.CreateAdminService;
import dev.callout.application.account.CreateAdminUseCase;
import dev.callout.application.account.DeleteAccountService;
import dev.callout.application.account.DeleteAccountUseCase;
import dev.callout.application.account.GetUserService;
import dev.callout.application.account.GetUserUseCase;
import dev.callout.application.account.Hashes;
import dev.callout.application.account.LogInService;
import dev.callout.application.account.LogInUseCase;
import dev.callout.application.account.LogOutUseCase;
import dev.callout.application.account.LoginThrottle;
import dev.callout.application.account.RefreshSessionService;
import dev.callout.application.account.RefreshSessionUseCase;
import dev.callout.application.account.RegisterUserService;
import dev.callout.application.account.RegisterUserUseCase;
import dev.callout.application.account.ResetPasswordService;
import dev.callout.application.account.ResetPasswordUseCase;
import dev.callout.application.account.SendCodeService;
import dev.callout.application.account.SendCodeUseCase;
import dev.callout.application.account.SessionIssuer;
import dev.callout.application.account.SessionRevocations;
import dev.callout.application.account.SessionService;
import dev.callout.application.account.SignInWithGoogleService;
import dev.callout.application.account.SignInWithGoogleUseCase;
import dev.callout.application.account.UpdateProfileService;
import dev.callout.application.account.UpdateProfileUseCase;
import dev.callout.application.account.VerifyCodeService;
import dev.callout.application.account.VerifyCodeUseCase;
import dev.callout.application.admin.ChangeAccountStatusService;
import dev.callout.application.admin.ChangeAccountStatusUseCase;
import dev.callout.application.admin.ListAuditLogService;
import dev.callout.application.admin.ListAuditLogUseCase;
import dev.callout.application.admin.ListUsersService;
import dev.callout.application.admin.ListUsersUseCase;
import dev.callout.application.job.JobRules;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Categories;
import dev.callout.application.port.CodeSender;
import dev.callout.application.port.GoogleIdentities;
import dev.callout.application.port.LiveEvents;
import dev.callout.application.port.LoginAttempts;
import dev.callout.application.port.Outbox;
import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Sessions;
import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.application.port.VerificationCodes;
import dev.callout.domain.id.IdGenerator;
import dev.callout.rest.security.SessionAccounts;
import dev.callout.rest.security.SessionClaimsValidator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** The identity use cases: sign-up, codes, sign-in, sessions, profile, deletion and admin acts. */
@Factory
class IdentityUseCases {

    @Singleton
    AccountPolicy accountPolicy(AccountSettings settings) {
        return settings.policy();
    }

    @Singleton
    @Named("identity")
    RandomGenerator identityRandom() {
        return new SecureRandom();
    }

    /** Codes are keyed with a key derived from the token-signing secret. */
    @Singleton
    Hashes hashes(@Named("generator") SecretSignatureConfiguration tokenSigning) {
        return Hashes.derivedFrom(tokenSigning.getSecret());
    }

    @Singleton
    Codes codes(VerificationCodes store, CodeSender sender, LoginAttempts attempts, Hashes hashes, Clock clock,
                IdGenerator ids, @Named("identity") RandomGenerator random, AccountPolicy policy) {
        return new Codes(store, sender, attempts, hashes, clock, ids, random, policy);
    }

    @Singleton
    SessionIssuer sessionIssuer(Sessions sessions, Clock clock, IdGenerator ids, @Named("identity") RandomGenerator random,
                                AccountPolicy policy) {
        return new SessionIssuer(sessions, clock, ids, random, policy);
    }

    @Singleton
    RegisterUserUseCase registerUser(Users users, Categories categories, PasswordHasher hasher, Codes codes,
                                     Transactions transactions, Clock clock, IdGenerator ids, AccountPolicy policy,
                                     JobRules jobRules) {
        return new RegisterUserService(users, categories, hasher, codes, transactions, clock, ids, policy, jobRules);
    }

    @Singleton
    LogInUseCase logIn(Users users, PasswordHasher hasher, LoginAttempts attempts, Clock clock, AccountPolicy policy,
                       SessionIssuer sessions) {
        return new LogInService(users, hasher, new LoginThrottle(attempts, clock, policy), sessions);
    }

    @Singleton
    SignInWithGoogleUseCase signInWithGoogle(GoogleIdentities google, Users users, SessionIssuer sessions,
                                             Transactions transactions, Clock clock, IdGenerator ids) {
        return new SignInWithGoogleService(google, users, sessions, transactions, clock, ids);
    }

    @Singleton
    SessionRevocations sessionRevocations(Sessions sessions, Outbox outbox, LiveSessionCache cache) {
        return new SessionRevocations(sessions, cache.watching(outbox));
    }

    @Singleton
    RefreshSessionUseCase refreshSession(Sessions sessions, SessionRevocations revocations, Users users, SessionIssuer issuer,
                                         Transactions transactions, Clock clock, AccountSettings settings) {
        return new RefreshSessionService(sessions, revocations, users, issuer, transactions, clock,
                settings.isRefreshTokenRotation());
    }

    @Singleton
    SessionService sessionService(Sessions sessions, SessionRevocations revocations, Transactions transactions, Clock clock) {
        return new SessionService(sessions, revocations, transactions, clock);
    }

    @Singleton
    LogOutUseCase logOut(SessionService sessions) {
        return sessions;
    }

    @Singleton
    LiveSessionCache liveSessionCache(LiveEvents events) {
        return new LiveSessionCache(events, Ticker.systemTicker());
    }

    @Primary
    @Singleton
    CheckSessionUseCase checkSession(SessionService sessions) {
        return sessions;
    }

    @Singleton
    @Named(SessionClaimsValidator.SESSION_CHECK)
    CheckSessionUseCase tokenSessionCheck(SessionService sessions, LiveSessionCache cache) {
        return cache.checking(sessions);
    }

    @Singleton
    SendCodeUseCase sendCode(Users users, Codes codes, Transactions transactions) {
        return new SendCodeService(users, codes, transactions);
    }

    @Singleton
    VerifyCodeUseCase verifyCode(Users users, Codes codes, SessionIssuer sessions, Transactions transactions,
                                 AccountPolicy policy) {
        return new VerifyCodeService(users, codes, sessions, transactions, policy);
    }

    @Singleton
    ResetPasswordUseCase resetPassword(Users users, Codes codes, SessionRevocations revocations, PasswordHasher hasher,
                                       Transactions transactions, Clock clock) {
        return new ResetPasswordService(users, codes, revocations, hasher, transactions, clock);
    }

    @Singleton
    GetUserUseCase getUser(Users users) {
        return new GetUserService(users);
    }

    @Singleton
    SessionAccounts sessionAccount(GetUserUseCase users, LiveSessionCache cache) {
        return cache.accounts(users);
    }

    @Singleton
    UpdateProfileUseCase updateProfile(Users users, StoredFiles files, Codes codes, Transactions transactions) {
        return new UpdateProfileService(users, files, codes, transactions);
    }

    @Singleton
    DeleteAccountUseCase deleteAccount(Users users, SessionRevocations revocations, Outbox outbox, Transactions transactions,
                                       Clock clock, AccountPolicy policy) {
        return new DeleteAccountService(users, revocations, outbox, transactions, clock, policy);
    }

    @Singleton
    CreateAdminUseCase createAdmin(Users users, AuditLog audit, PasswordHasher hasher, Transactions transactions,
                                   Clock clock, IdGenerator ids) {
        return new CreateAdminService(users, audit, hasher, transactions, clock, ids);
    }

    @Singleton
    ListUsersUseCase listUsers(Users users) {
        return new ListUsersService(users);
    }

    @Singleton
    ChangeAccountStatusUseCase changeAccountStatus(Users users, SessionRevocations revocations, AuditLog audit, Outbox outbox,
                                                   Transactions transactions, Clock clock, IdGenerator ids) {
        return new ChangeAccountStatusService(users, revocations, audit, outbox, transactions, clock, ids);
    }

    @Singleton
    ListAuditLogUseCase listAuditLog(AuditLog audit) {
        return new ListAuditLogService(audit);
    }
}

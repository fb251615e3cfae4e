package dev.callout.application.embedding;

import dev.callout.application.account.CheckSessionUseCase;
import dev.callout.application.account.Codes;
import dev.callout.application.account.CreateAdminService;
import dev.callout.application.account.CreateAdminUseCase;
import dev.callout.application.account.DeleteAccountService;
import dev.callout.application.account.DeleteAccountUseCase;
import dev.callout.application.account.GetUserService;
import dev.callout.application.account.GetUserUseCase;
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
import java.security.SecureRandom;

/** The identity use cases of a {@link CalloutCore}: sign-up, codes, sign-in, sessions, profile, deletion and the admin's acts on accounts. */
public record Identity(RegisterUserUseCase registerUser, SendCodeUseCase sendCode, VerifyCodeUseCase verifyCode,
                       LogInUseCase logIn, SignInWithGoogleUseCase signInWithGoogle, RefreshSessionUseCase refreshSession,
                       LogOutUseCase logOut, CheckSessionUseCase checkSession, ResetPasswordUseCase resetPassword,
                       GetUserUseCase getUser, UpdateProfileUseCase updateProfile, DeleteAccountUseCase deleteAccount,
                       CreateAdminUseCase createAdmin, ListUsersUseCase listUsers,
                       ChangeAccountStatusUseCase changeAccountStatus, ListAuditLogUseCase listAuditLog) {

    static Identity over(CalloutPorts p) {
        IdentityPorts i = p.identity;
        SecureRandom random = new SecureRandom();
        Codes codes = new Codes(i.verificationCodes, i.codeSender, i.loginAttempts, i.hashes, p.clock, p.ids, random,
                i.policy);
        SessionIssuer issuer = new SessionIssuer(i.sessions, p.clock, p.ids, random, i.policy);
        SessionRevocations revocations = new SessionRevocations(i.sessions, p.outbox);
        SessionService sessions = new SessionService(i.sessions, revocations, p.transactions, p.clock);
        return new Identity(
                new RegisterUserService(p.users, p.categories, i.passwordHasher, codes, p.transactions, p.clock, p.ids, i.policy),
                new SendCodeService(p.users, codes, p.transactions),
                new VerifyCodeService(p.users, codes, issuer, p.transactions, i.policy),
                new LogInService(p.users, i.passwordHasher, new LoginThrottle(i.loginAttempts, p.clock, i.policy), issuer),
                new SignInWithGoogleService(i.google, p.users, issuer, p.transactions, p.clock, p.ids),
                new RefreshSessionService(i.sessions, revocations, p.users, issuer, p.transactions, p.clock),
                sessions,
                sessions,
                new ResetPasswordService(p.users, codes, revocations, i.passwordHasher, p.transactions, p.clock),
                new GetUserService(p.users),
                new UpdateProfileService(p.users, p.files, codes, p.transactions),
                new DeleteAccountService(p.users, revocations, p.outbox, p.transactions, p.clock, i.policy),
                new CreateAdminService(p.users, p.audit, i.passwordHasher, p.transactions, p.clock, p.ids),
                new ListUsersService(p.users),
                new ChangeAccountStatusService(p.users, revocations, p.audit, p.outbox, p.transactions, p.clock, p.ids),
                new ListAuditLogService(p.audit));
    }
}

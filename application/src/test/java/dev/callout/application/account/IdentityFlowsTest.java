package dev.callout.application.account;

import static dev.callout.application.account.AccountWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.callout.application.Change;
import dev.callout.application.InvalidCommandException;
import dev.callout.application.PageRequest;
import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.application.account.LogInUseCase.LogInResult;
import dev.callout.application.account.RefreshSessionUseCase.RefreshCommand;
import dev.callout.application.account.RefreshSessionUseCase.RefreshResult;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.account.ResetPasswordUseCase.ResetPasswordCommand;
import dev.callout.application.account.ResetPasswordUseCase.ResetResult;
import dev.callout.application.account.SendCodeUseCase.SendCodeCommand;
import dev.callout.application.account.SendCodeUseCase.SendResult;
import dev.callout.application.account.SignInWithGoogleUseCase.GoogleSignInCommand;
import dev.callout.application.account.UpdateProfileUseCase.UpdateProfileCommand;
import dev.callout.application.account.UpdateProfileUseCase.UpdateResult;
import dev.callout.application.account.VerifyCodeUseCase.VerifyCodeCommand;
import dev.callout.application.account.VerifyCodeUseCase.VerifyResult;
import dev.callout.application.admin.ChangeAccountStatusUseCase.ChangeResult;
import dev.callout.application.admin.ChangeAccountStatusUseCase.ChangeStatusCommand;
import dev.callout.application.port.GoogleIdentities;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.ImageFormat;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.job.JobId;
import dev.callout.domain.user.AccountEvent;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Profile;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verification, sessions, resets, throttling, profile changes, deletion and admin moves, in memory. */
class IdentityFlowsTest {

    private final AccountWorld world = new AccountWorld();

    private User registerCustomer(String email) {
        RegistrationResult result = world.register.register(new RegisterCommand(Role.CUSTOMER, "Ana", email, null, PASSWORD, null));
        return ((RegistrationResult.Registered) result).user();
    }

    private SignedIn activeCustomer(String email) {
        registerCustomer(email);
        return ((VerifyResult.Verified) world.verify.verify(VerifyCodeCommand.of(email, world.lastCode(email)))).signedIn();
    }

    private User admin() {
        return ((CreateAdminUseCase.CreateAdminResult.Created) world.createAdmin.create(
                new CreateAdminUseCase.CreateAdminCommand("Ops", "ops@example.com", null, "a long admin password"))).admin();
    }

    private List<SessionsRevoked> revocations() {
        return world.outbox.events().stream().filter(SessionsRevoked.class::isInstance).map(SessionsRevoked.class::cast).toList();
    }

    @Test
    void registrationWaitsForTheCodeAndVerifyingSignsTheCustomerIn() {
        User user = registerCustomer("ana@example.com");
        assertThat(user.status()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
        assertThat(world.logIn.logIn(new LogInCommand("ana@example.com", PASSWORD))).isEqualTo(new LogInResult.PendingVerification());

        VerifyResult result = world.verify.verify(VerifyCodeCommand.of("ana@example.com", world.lastCode("ana@example.com")));

        assertThat(result).isInstanceOfSatisfying(VerifyResult.Verified.class, verified -> {
            assertThat(verified.user().status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(verified.signedIn()).isNotNull();
        });
        assertThat(world.logIn.logIn(new LogInCommand("ana@example.com", PASSWORD))).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void codesAreStoredHashedAndAreSixDigits() {
        registerCustomer("ana@example.com");
        String code = world.lastCode("ana@example.com");

        assertThat(code).matches("[0-9]{6}");
        assertThat(world.codeStore.latest("ana@example.com", Purpose.VERIFY).orElseThrow().codeHash())
                .doesNotContain(code).hasSize(64);
    }

    @Test
    void aVerifiedProviderWaitsForApprovalUnlessTheDeploymentSaysOtherwise() {
        ProviderDetails truck = new ProviderDetails("flatbed", "c", "N01", LocalDate.of(2030, 1, 1), "ABC 123");
        world.register.register(new RegisterCommand(Role.PROVIDER, "Tow", "tow@example.com", null, PASSWORD, Set.of("towing"), truck));

        VerifyResult result = world.verify.verify(VerifyCodeCommand.of("tow@example.com", world.lastCode("tow@example.com")));

        assertThat(result).isInstanceOfSatisfying(VerifyResult.Verified.class, verified -> {
            assertThat(verified.user().status()).isEqualTo(AccountStatus.PENDING_APPROVAL);
            assertThat(verified.signedIn()).isNull();
        });
        assertThat(world.logIn.logIn(new LogInCommand("tow@example.com", PASSWORD))).isEqualTo(new LogInResult.PendingApproval());

        AccountWorld open = new AccountWorld(AccountPolicy.DEFAULT.withProvidersNeedApproval(false));
        open.register.register(new RegisterCommand(Role.PROVIDER, "Plumb", "p@example.com", null, PASSWORD, Set.of("plumber")));
        VerifyResult direct = open.verify.verify(VerifyCodeCommand.of("p@example.com", open.lastCode("p@example.com")));
        assertThat(((VerifyResult.Verified) direct).user().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void theSignUpCodeGoesToTheEmailUnlessThePolicySendsItToThePhone() {
        RegistrationResult byEmail = world.register.register(new RegisterCommand(Role.CUSTOMER, "Ana", "ana@example.com",
                "+639171234567", PASSWORD, null));
        assertThat(((RegistrationResult.Registered) byEmail).codeSentTo()).isEqualTo("ana@example.com");
        assertThat(world.sender.lastCode("+639171234567")).isEmpty();

        AccountWorld sms = new AccountWorld(AccountPolicy.DEFAULT.withSignUpCodeToPhone(true));
        RegistrationResult byPhone = sms.register.register(new RegisterCommand(Role.CUSTOMER, "Ana", "ana@example.com",
                "+639171234567", PASSWORD, null));
        assertThat(((RegistrationResult.Registered) byPhone).codeSentTo()).isEqualTo("+639171234567");
        assertThat(sms.sender.lastCode("ana@example.com")).as("one code, to the phone").isEmpty();
        VerifyResult verified = sms.verify.verify(VerifyCodeCommand.of("+639171234567", sms.lastCode("+639171234567")));
        assertThat(((VerifyResult.Verified) verified).user().status()).isEqualTo(AccountStatus.ACTIVE);

        RegistrationResult noPhone = sms.register.register(new RegisterCommand(Role.CUSTOMER, "Bo", "bo@example.com", null,
                PASSWORD, null));
        assertThat(((RegistrationResult.Registered) noPhone).codeSentTo()).isEqualTo("bo@example.com");
    }

    @Test
    void withoutVerificationBeforeSignInAnAccountStartsAsAVerifiedOneWouldAndNoCodeIsSent() {
        AccountWorld open = new AccountWorld(AccountPolicy.DEFAULT.withSignInNeedsVerification(false));
        RegistrationResult customer = open.register.register(new RegisterCommand(Role.CUSTOMER, "Ana", "ana@example.com", null,
                PASSWORD, null));
        ProviderDetails truck = new ProviderDetails("flatbed", "c", "N01", LocalDate.of(2030, 1, 1), "ABC 123");
        open.register.register(new RegisterCommand(Role.PROVIDER, "Tow", "tow@example.com", null, PASSWORD, Set.of("towing"), truck));

        assertThat(customer).isInstanceOfSatisfying(RegistrationResult.Registered.class, registered -> {
            assertThat(registered.user().status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(registered.codeSentTo()).isNull();
        });
        assertThat(open.sender.lastCode("ana@example.com")).isEmpty();
        assertThat(open.logIn.logIn(new LogInCommand("ana@example.com", PASSWORD))).isInstanceOf(LogInResult.LoggedIn.class);
        assertThat(open.logIn.logIn(new LogInCommand("tow@example.com", PASSWORD)))
                .as("approval is a policy of its own").isEqualTo(new LogInResult.PendingApproval());
    }

    @Test
    void towingProvidersGiveVehicleDetailsWithALicenceValidInTheFuture() {
        RegistrationResult missing = world.register.register(new RegisterCommand(Role.PROVIDER, "Tow", "t@example.com", null,
                PASSWORD, Set.of("towing")));
        RegistrationResult expired = world.register.register(new RegisterCommand(Role.PROVIDER, "Tow", "t@example.com", null,
                PASSWORD, Set.of("towing"), new ProviderDetails("flatbed", "c", "N01", LocalDate.of(2026, 11, 21), "ABC")));

        assertThat(missing).isInstanceOfSatisfying(RegistrationResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("vehicle_type"));
        assertThat(expired).isInstanceOfSatisfying(RegistrationResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("licence_expiry"));
        assertThat(world.users.byEmail("t@example.com")).isEmpty();
    }

    @Test
    void aCodeExpiresAfterFiveMinutesAndDiesAfterFiveWrongGuesses() {
        registerCustomer("ana@example.com");
        String code = world.lastCode("ana@example.com");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(world.verify.verify(VerifyCodeCommand.of("ana@example.com", wrong))).isEqualTo(new VerifyResult.Invalid());
        }
        assertThat(world.verify.verify(VerifyCodeCommand.of("ana@example.com", code))).isEqualTo(new VerifyResult.TooManyAttempts());

        world.clock.advance(Duration.ofSeconds(31));
        assertThat(world.sendCode.send(SendCodeCommand.of("ana@example.com", Purpose.VERIFY))).isInstanceOf(SendResult.Accepted.class);
        world.clock.advance(Duration.ofMinutes(5));
        assertThat(world.verify.verify(VerifyCodeCommand.of("ana@example.com", world.lastCode("ana@example.com"))))
                .isEqualTo(new VerifyResult.Expired());
    }

    @Test
    void resendsAreLimitedTheSameWayForUnknownAddresses() {
        registerCustomer("ana@example.com");

        SendResult known = world.sendCode.send(SendCodeCommand.of("ana@example.com", Purpose.VERIFY));
        world.sendCode.send(SendCodeCommand.of("nobody@example.com", Purpose.VERIFY));
        SendResult unknown = world.sendCode.send(SendCodeCommand.of("nobody@example.com", Purpose.VERIFY));

        assertThat(known).isInstanceOf(SendResult.TooSoon.class);
        assertThat(unknown).isInstanceOf(SendResult.TooSoon.class);
        assertThat(world.sender.lastCode("nobody@example.com")).isEmpty();
        world.clock.advance(Duration.ofSeconds(30));
        assertThat(world.sendCode.send(SendCodeCommand.of("ana@example.com", Purpose.VERIFY)))
                .isEqualTo(new SendResult.Accepted(Duration.ofMinutes(5)));
    }

    @Test
    void refreshRotatesAndAReusedTokenRevokesTheWholeSession() {
        SignedIn first = activeCustomer("ana@example.com");

        RefreshResult rotated = world.refresh.refresh(new RefreshCommand(first.refreshToken()));
        assertThat(rotated).isInstanceOf(RefreshResult.Refreshed.class);
        SignedIn second = ((RefreshResult.Refreshed) rotated).signedIn();
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.sessionId()).isEqualTo(first.sessionId());

        assertThat(world.refresh.refresh(new RefreshCommand(first.refreshToken()))).isEqualTo(new RefreshResult.Invalid());

        assertThat(world.sessionService.isLive(first.user().id(), first.sessionId())).isFalse();
        assertThat(world.refresh.refresh(new RefreshCommand(second.refreshToken()))).isEqualTo(new RefreshResult.Invalid());
        assertThat(revocations()).containsExactly(new SessionsRevoked(first.user().id(), first.sessionId(),
                RefreshSessionService.REUSED, world.clock.instant()));
    }

    @Test
    void withoutRotationARefreshTokenStaysTheSameAndNeedsAnAccessTokenOfItsSession() {
        RefreshSessionService fixed = new RefreshSessionService(world.sessions, new SessionRevocations(world.sessions, world.outbox),
                world.users, world.issuer, world.transactions, world.clock, false);
        SignedIn ana = activeCustomer("ana@example.com");
        SignedIn bo = activeCustomer("bo@example.com");

        assertThat(fixed.refresh(new RefreshCommand(ana.refreshToken()))).as("no access token").isEqualTo(new RefreshResult.Invalid());
        assertThat(fixed.refresh(new RefreshCommand(ana.refreshToken(), bo.sessionId()))).as("another session's")
                .isEqualTo(new RefreshResult.Invalid());
        for (int exchange = 0; exchange < 3; exchange++) {
            RefreshResult refreshed = fixed.refresh(new RefreshCommand(ana.refreshToken(), ana.sessionId()));
            assertThat(refreshed).isInstanceOfSatisfying(RefreshResult.Refreshed.class, done -> {
                assertThat(done.signedIn().refreshToken()).isEqualTo(ana.refreshToken());
                assertThat(done.signedIn().sessionId()).isEqualTo(ana.sessionId());
            });
        }
        assertThat(world.sessionService.isLive(ana.user().id(), ana.sessionId())).isTrue();
        assertThat(revocations()).isEmpty();

        world.sessionService.logOut(ana.user().id(), ana.sessionId());
        assertThat(fixed.refresh(new RefreshCommand(ana.refreshToken(), ana.sessionId()))).isEqualTo(new RefreshResult.Invalid());
        world.clock.advance(world.policy.refreshTokenTtl());
        assertThat(fixed.refresh(new RefreshCommand(bo.refreshToken(), bo.sessionId()))).as("it expires as a rotating one does")
                .isEqualTo(new RefreshResult.Invalid());
    }

    @Test
    void withRotationAnAccessTokenOfAnotherSessionIsRefused() {
        SignedIn ana = activeCustomer("ana@example.com");
        SignedIn bo = activeCustomer("bo@example.com");

        assertThat(world.refresh.refresh(new RefreshCommand(ana.refreshToken(), bo.sessionId()))).isEqualTo(new RefreshResult.Invalid());
        assertThat(world.refresh.refresh(new RefreshCommand(ana.refreshToken(), ana.sessionId())))
                .isInstanceOf(RefreshResult.Refreshed.class);
    }

    @Test
    void refreshTokensExpire() {
        SignedIn signedIn = activeCustomer("ana@example.com");
        world.clock.advance(world.policy.refreshTokenTtl());

        assertThat(world.refresh.refresh(new RefreshCommand(signedIn.refreshToken()))).isEqualTo(new RefreshResult.Invalid());
    }

    @Test
    void logoutEndsOnlyThatSession() {
        SignedIn phone = activeCustomer("ana@example.com");
        SignedIn laptop = ((LogInResult.LoggedIn) world.logIn.logIn(new LogInCommand("ana@example.com", PASSWORD))).signedIn();

        world.sessionService.logOut(phone.user().id(), phone.sessionId());

        assertThat(world.sessionService.isLive(phone.user().id(), phone.sessionId())).isFalse();
        assertThat(world.sessionService.isLive(laptop.user().id(), laptop.sessionId())).isTrue();
        assertThat(world.refresh.refresh(new RefreshCommand(phone.refreshToken()))).isEqualTo(new RefreshResult.Invalid());
        world.sessionService.logOut(phone.user().id(), phone.sessionId());
        world.sessionService.logOut(laptop.user().id(), phone.sessionId());
        assertThat(revocations()).as("one signal, for that session only")
                .containsExactly(new SessionsRevoked(phone.user().id(), phone.sessionId(), "logged out", world.clock.instant()));
    }

    @Test
    void aPasswordResetIsSingleUseAndEndsEverySession() {
        SignedIn signedIn = activeCustomer("ana@example.com");
        world.clock.advance(Duration.ofMinutes(1));
        world.sendCode.send(SendCodeCommand.of("ana@example.com", Purpose.RESET_PASSWORD));
        String code = world.lastCode("ana@example.com");

        assertThat(world.reset.reset(ResetPasswordCommand.of("ana@example.com", code, "a brand new password")))
                .isEqualTo(new ResetResult.Reset());
        assertThat(world.reset.reset(ResetPasswordCommand.of("ana@example.com", code, "yet another password")))
                .isEqualTo(new ResetResult.Invalid());

        assertThat(world.sessionService.isLive(signedIn.user().id(), signedIn.sessionId())).isFalse();
        assertThat(world.logIn.logIn(new LogInCommand("ana@example.com", PASSWORD))).isEqualTo(new LogInResult.InvalidCredentials());
        assertThat(world.logIn.logIn(new LogInCommand("ana@example.com", "a brand new password"))).isInstanceOf(LogInResult.LoggedIn.class);
        assertThat(revocations()).singleElement().satisfies(revoked -> {
            assertThat(revoked.userId()).isEqualTo(signedIn.user().id());
            assertThat(revoked.covers(signedIn.sessionId())).as("every session of the user").isTrue();
            assertThat(revoked.covers("ses_any_other")).isTrue();
        });
    }

    @Test
    void repeatedFailuresSlowDownThenLockTheIdentifierWhetherOrNotItExists() {
        activeCustomer("ana@example.com");
        for (String identifier : new String[] {"ana@example.com", "ghost@example.com"}) {
            for (int i = 0; i < 3; i++) {
                assertThat(world.logIn.logIn(new LogInCommand(identifier, "wrong password", "10.0.0." + i)))
                        .isEqualTo(new LogInResult.InvalidCredentials());
            }
            assertThat(world.logIn.logIn(new LogInCommand(identifier, "wrong password", "10.0.0.9")))
                    .isEqualTo(new LogInResult.Throttled(Duration.ofSeconds(1)));
        }
        world.clock.advance(Duration.ofSeconds(1));
        world.logIn.logIn(new LogInCommand("ana@example.com", "wrong password"));
        world.clock.advance(Duration.ofSeconds(2));
        world.logIn.logIn(new LogInCommand("ana@example.com", "wrong password"));

        assertThat(world.logIn.logIn(new LogInCommand("ana@example.com", PASSWORD)))
                .isEqualTo(new LogInResult.Throttled(world.policy.lockDuration()));
        world.clock.advance(world.policy.lockDuration());
        assertThat(world.logIn.logIn(new LogInCommand("ana@example.com", PASSWORD))).isInstanceOf(LogInResult.LoggedIn.class);
    }

    @Test
    void aNewEmailTakesEffectOnlyOnceVerifiedAndClashesAreRefused() {
        SignedIn ana = activeCustomer("ana@example.com");
        registerCustomer("taken@example.com");

        assertThat(world.updateProfile.update(new UpdateProfileCommand(ana.user().id(), null, "TAKEN@example.com", null)))
                .isEqualTo(new UpdateResult.EmailTaken());
        UpdateResult updated = world.updateProfile.update(new UpdateProfileCommand(ana.user().id(), "Ana Cruz", "new@example.com", null));

        assertThat(updated).isInstanceOfSatisfying(UpdateResult.Updated.class, ok -> {
            assertThat(ok.user().name()).isEqualTo("Ana Cruz");
            assertThat(ok.user().email()).isEqualTo("ana@example.com");
            assertThat(ok.verificationSentTo()).containsExactly("new@example.com");
        });
        world.verify.verify(VerifyCodeCommand.of("new@example.com", world.lastCode("new@example.com")));
        assertThat(world.users.byId(ana.user().id()).orElseThrow().email()).isEqualTo("new@example.com");
        assertThat(world.users.byEmail("ana@example.com")).isEmpty();
    }

    private StoredFile upload(User owner, FilePurpose purpose) {
        StoredFile file = new StoredFile(StoredFile.nextId(world.ids), owner.id(), purpose,
                purpose == FilePurpose.PROFILE ? null : new JobId("job_any"), "me.png", ImageFormat.PNG, 10,
                world.clock.instant());
        world.files.add(file);
        return file;
    }

    private UpdateResult changeProfile(User user, Change<String> bio, Change<String> address, Change<String> image) {
        return world.updateProfile.update(new UpdateProfileCommand(user.id(), null, null, null, bio, address, image));
    }

    @Test
    void aBioAnAddressAndAProfileImageAreSetKeptWhenLeftOutAndClearedByNull() {
        User ana = activeCustomer("ana@example.com").user();
        StoredFile picture = upload(ana, FilePurpose.PROFILE);

        assertThat(changeProfile(ana, new Change<>("  Dog walker.\nWeekends.  "), new Change<>("12 Soi Ari"),
                new Change<>(picture.id()))).isInstanceOf(UpdateResult.Updated.class);
        assertThat(world.users.byId(ana.id()).orElseThrow().profile())
                .isEqualTo(new Profile("Dog walker.\nWeekends.", "12 Soi Ari", picture.id()));

        world.updateProfile.update(new UpdateProfileCommand(ana.id(), "Ana Cruz", null, null));
        assertThat(world.users.byId(ana.id()).orElseThrow().profile()).as("fields left out stay")
                .isEqualTo(new Profile("Dog walker.\nWeekends.", "12 Soi Ari", picture.id()));

        changeProfile(ana, new Change<>(null), new Change<>("   "), null);
        assertThat(world.users.byId(ana.id()).orElseThrow().profile()).as("null and a blank text clear")
                .isEqualTo(new Profile(null, null, picture.id()));
        changeProfile(ana, null, null, new Change<>(null));
        assertThat(world.users.byId(ana.id()).orElseThrow().profile()).isEqualTo(Profile.EMPTY);
    }

    @Test
    void theProfileImageIsAProfileFileOfTheUsersOwn() {
        User ana = activeCustomer("ana@example.com").user();
        User ben = activeCustomer("ben@example.com").user();
        StoredFile bensPicture = upload(ben, FilePurpose.PROFILE);
        StoredFile anasJobPhoto = upload(ana, FilePurpose.JOB);

        assertThat(changeProfile(ana, new Change<>("hi"), null, new Change<>(bensPicture.id())))
                .isEqualTo(new UpdateResult.ProfileImageNotFound());
        assertThat(changeProfile(ana, null, null, new Change<>("fil_nothing"))).isEqualTo(new UpdateResult.ProfileImageNotFound());
        assertThat(changeProfile(ana, null, null, new Change<>(anasJobPhoto.id()))).isEqualTo(new UpdateResult.NotAProfileImage());
        assertThat(world.users.byId(ana.id()).orElseThrow().profile()).as("nothing changed").isEqualTo(Profile.EMPTY);
        assertThatThrownBy(() -> changeProfile(ana, new Change<>("x".repeat(Profile.MAX_BIO_LENGTH + 1)),
                new Change<>("y".repeat(Profile.MAX_ADDRESS_LENGTH + 1)), new Change<>("not-a-file")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.fields())
                        .containsOnlyKeys("bio", "address_text", "profile_image_file_id"));
    }

    @Test
    void deletionEndsSessionsKeepsTheRowAndPurgesPersonalDataAfterTheGracePeriod() {
        SignedIn ana = activeCustomer("ana@example.com");
        StoredFile picture = upload(ana.user(), FilePurpose.PROFILE);
        changeProfile(ana.user(), new Change<>("Dog walker"), new Change<>("12 Soi Ari"), new Change<>(picture.id()));

        assertThat(world.delete.delete(ana.user().id())).isTrue();

        User deleted = world.users.byId(ana.user().id()).orElseThrow();
        assertThat(deleted.status()).isEqualTo(AccountStatus.DELETED);
        assertThat(world.sessionService.isLive(ana.user().id(), ana.sessionId())).isFalse();
        assertThat(world.logIn.logIn(new LogInCommand("ana@example.com", PASSWORD))).isEqualTo(new LogInResult.InvalidCredentials());
        assertThat(world.outbox.events()).hasAtLeastOneElementOfType(AccountEvent.Deleted.class);
        assertThat(revocations()).containsExactly(new SessionsRevoked(ana.user().id(), null, "account deleted", world.clock.instant()));
        assertThat(world.delete.purgeExpired()).isZero();

        world.clock.advance(world.policy.deletionGracePeriod().plusSeconds(1));
        assertThat(world.delete.purgeExpired()).isEqualTo(1);

        User purged = world.users.byId(ana.user().id()).orElseThrow();
        assertThat(purged.email()).isNull();
        assertThat(purged.name()).isEqualTo(User.PURGED_NAME);
        assertThat(purged.profile()).as("bio, address and picture go too").isEqualTo(Profile.EMPTY);
        assertThat(world.delete.purgeExpired()).isZero();
    }

    @Test
    void adminsApproveSuspendAndReinstateWithAnAuditTrail() {
        User admin = admin();
        world.register.register(new RegisterCommand(Role.PROVIDER, "Plumb", "p@example.com", null, PASSWORD, Set.of("plumber")));
        User provider = ((VerifyResult.Verified) world.verify.verify(
                VerifyCodeCommand.of("p@example.com", world.lastCode("p@example.com")))).user();

        ChangeResult approved = world.changeStatus.change(new ChangeStatusCommand(admin.asActor(), provider.id(),
                AccountStatus.ACTIVE, "documents checked", true));
        SignedIn session = ((LogInResult.LoggedIn) world.logIn.logIn(new LogInCommand("p@example.com", PASSWORD))).signedIn();
        ChangeResult suspended = world.changeStatus.change(new ChangeStatusCommand(admin.asActor(), provider.id(),
                AccountStatus.SUSPENDED, "no-shows", false));

        assertThat(approved).isInstanceOf(ChangeResult.Changed.class);
        assertThat(suspended).isInstanceOf(ChangeResult.Changed.class);
        assertThat(world.sessionService.isLive(provider.id(), session.sessionId())).isFalse();
        assertThat(world.changeStatus.change(new ChangeStatusCommand(admin.asActor(), provider.id(), AccountStatus.SUSPENDED,
                null, false))).isEqualTo(new ChangeResult.NotAllowed(AccountStatus.SUSPENDED, AccountStatus.SUSPENDED));
        assertThat(world.changeStatus.change(new ChangeStatusCommand(provider.asActor(), admin.id(), AccountStatus.SUSPENDED,
                null, false))).isEqualTo(new ChangeResult.Forbidden());
        assertThat(world.changeStatus.change(new ChangeStatusCommand(admin.asActor(), admin.id(), AccountStatus.SUSPENDED,
                null, false))).isEqualTo(new ChangeResult.OwnAccount());
        assertThat(world.changeStatus.change(new ChangeStatusCommand(admin.asActor(), admin.id(), AccountStatus.ACTIVE,
                null, true))).isEqualTo(new ChangeResult.NotFound());
        assertThat(world.auditLog.list(admin.asActor(), new PageRequest(1, 10)).orElseThrow().items())
                .extracting(entry -> entry.action())
                .containsExactly("user.suspended", "user.approved", "admin.created");
        assertThat(world.auditLog.list(provider.asActor(), new PageRequest(1, 10))).isEmpty();
        assertThat(world.outbox.events()).extracting(event -> event.type())
                .containsExactly("account.provider_approved", SessionsRevoked.TYPE, "account.suspended");
        assertThat(revocations()).extracting(SessionsRevoked::userId, SessionsRevoked::sessionId).containsExactly(
                tuple(provider.id(), null));
    }

    @Test
    void onlyAdminsListAccountsAndOthersSeeOnlyTheirOwn() {
        User admin = admin();
        SignedIn ana = activeCustomer("ana@example.com");
        SignedIn bea = activeCustomer("bea@example.com");

        assertThat(world.listUsers.list(admin.asActor(), Role.CUSTOMER, null, new PageRequest(1, 10)).orElseThrow().total())
                .isEqualTo(2);
        assertThat(world.listUsers.list(ana.user().asActor(), null, null, new PageRequest(1, 10))).isEmpty();
        assertThat(world.listUsers.byId(ana.user().asActor(), bea.user().id())).isEmpty();
        assertThat(world.listUsers.byId(ana.user().asActor(), ana.user().id())).isPresent();
        assertThat(world.listUsers.byId(admin.asActor(), bea.user().id())).isPresent();
    }

    @Test
    void googleSignInLinksByVerifiedEmailOrCreatesACustomer() {
        SignedIn ana = activeCustomer("ana@example.com");
        world.google = token -> token.equals("ana")
                ? new GoogleIdentities.Verification.Verified("g-1", "Ana@Example.com", "Ana")
                : token.equals("new") ? new GoogleIdentities.Verification.Verified("g-2", "new@example.com", "Newbie")
                : new GoogleIdentities.Verification.Refused("bad signature");

        LogInResult linked = world.googleSignIn.signIn(new GoogleSignInCommand("ana"));
        LogInResult created = world.googleSignIn.signIn(new GoogleSignInCommand("new"));

        assertThat(((LogInResult.LoggedIn) linked).signedIn().user().id()).isEqualTo(ana.user().id());
        User newbie = ((LogInResult.LoggedIn) created).signedIn().user();
        assertThat(newbie.role()).isEqualTo(Role.CUSTOMER);
        assertThat(newbie.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(world.googleSignIn.signIn(new GoogleSignInCommand("forged")))
                .isEqualTo(new LogInResult.ExternalTokenRefused("bad signature"));
    }
}

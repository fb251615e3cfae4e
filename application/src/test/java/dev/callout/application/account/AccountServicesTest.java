package dev.callout.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.TestClock;
import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.application.account.LogInUseCase.LogInResult;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.inmemory.Pbkdf2PasswordHasher;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.application.job.JobRules;
import dev.callout.domain.job.Posters;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.domain.user.ProviderDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AccountServicesTest {

    private static final String PASSWORD = AccountWorld.PASSWORD;

    private final AccountWorld world = new AccountWorld();
    private final TestClock clock = world.clock;
    private final InMemoryUsers users = world.users;
    private final Pbkdf2PasswordHasher hasher = world.hasher;
    private final RegisterUserService register = world.register;
    private final LogInService logIn = world.logIn;
    private final GetUserService getUser = new GetUserService(users);

    private static RegisterCommand customer(String email, String phone) {
        return new RegisterCommand(Role.CUSTOMER, " Alice Santos ", email, phone, PASSWORD, null);
    }

    private User registered(RegisterCommand command) {
        RegistrationResult result = register.register(command);
        assertThat(result).isInstanceOf(RegistrationResult.Registered.class);
        return ((RegistrationResult.Registered) result).user();
    }

    private User active(RegisterCommand command) {
        User user = registered(command);
        String to = user.email() != null ? user.email() : user.phone();
        VerifyCodeUseCase.VerifyResult verified = world.verify.verify(VerifyCodeUseCase.VerifyCodeCommand.of(to, world.lastCode(to)));
        return ((VerifyCodeUseCase.VerifyResult.Verified) verified).user();
    }

    private static InvalidCommandException invalid(ThrowingCallable construction) {
        InvalidCommandException thrown = catchThrowableOfType(InvalidCommandException.class, construction);
        assertThat(thrown).as("an InvalidCommandException").isNotNull();
        return thrown;
    }

    @Test
    void registersACustomerWithNormalisedEmailAndPhone() {
        User user = registered(customer("  Alice.Santos@Example.COM ", "+63 (917) 123-4567"));

        assertThat(user.id().value()).startsWith("usr_");
        assertThat(user.role()).isEqualTo(Role.CUSTOMER);
        assertThat(user.name()).isEqualTo("Alice Santos");
        assertThat(user.email()).isEqualTo("alice.santos@example.com");
        assertThat(user.phone()).isEqualTo("+639171234567");
        assertThat(user.categories()).isEmpty();
        assertThat(user.status()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
        assertThat(user.createdAt()).isEqualTo(clock.instant());
        assertThat(getUser.byId(user.id())).contains(user);
        assertThat(users.byEmail("alice.santos@example.com")).contains(user);
        assertThat(users.byPhone("+639171234567")).contains(user);
    }

    @Test
    void registersAProviderWithTheirCategories() {
        User provider = registered(new RegisterCommand(Role.PROVIDER, "Tito Tow", null, "0917 555 0101", PASSWORD,
                Set.of("towing"), new ProviderDetails("flatbed", "c", "N01-23-456789", LocalDate.of(2030, 1, 31), "ABC 1234")));

        assertThat(provider.role()).isEqualTo(Role.PROVIDER);
        assertThat(provider.categories()).containsExactly("towing");
        assertThat(provider.email()).isNull();
        assertThat(provider.phone()).isEqualTo("09175550101");
        assertThat(provider.asActor().categories()).containsExactly("towing");
    }

    @Test
    void nobodyRegistersAsAnAdmin() {
        assertThat(invalid(() -> new RegisterCommand(Role.ADMIN, "Eve", "eve@example.com", null, PASSWORD, null)).fields())
                .containsOnlyKeys("role");
        assertThat(invalid(() -> new RegisterCommand(null, "Eve", "eve@example.com", null, PASSWORD, null)).fields())
                .containsOnlyKeys("role");
    }

    @Test
    void providersServeCategoriesAndCustomersNone() {
        assertThat(register.register(new RegisterCommand(Role.PROVIDER, "Tito", "t@example.com", null, PASSWORD, Set.of())))
                .isInstanceOfSatisfying(RegistrationResult.Invalid.class,
                        invalid -> assertThat(invalid.fields()).containsOnlyKeys("categories"));
        assertThat(register.register(new RegisterCommand(Role.PROVIDER, "Tito", "t@example.com", null, PASSWORD, null)))
                .isInstanceOf(RegistrationResult.Invalid.class);
        assertThat(users.byEmail("t@example.com")).isEmpty();
        assertThat(invalid(() -> new RegisterCommand(Role.CUSTOMER, "Al", "a@example.com", null, PASSWORD, Set.of("towing")))
                .fields()).containsOnlyKeys("categories");
    }

    @Test
    void withADefaultCategoryAProviderWhoNamesNoneServesIt() {
        RegisterUserService gigs = new RegisterUserService(users, new InMemoryCategories(List.of(AccountWorld.PLUMBER)), hasher,
                world.codes, world.transactions, clock, world.ids, world.policy, new JobRules(Posters.CUSTOMERS_AND_PROVIDERS, "plumber"));

        RegistrationResult helper = gigs.register(new RegisterCommand(Role.PROVIDER, "Tito", "t@example.com", null, PASSWORD,
                Set.of()));
        RegistrationResult named = gigs.register(new RegisterCommand(Role.CUSTOMER, "Al", "a@example.com", null, PASSWORD,
                Set.of()));

        assertThat(helper).isInstanceOfSatisfying(RegistrationResult.Registered.class,
                registered -> assertThat(registered.user().categories()).containsExactly("plumber"));
        assertThat(named).isInstanceOfSatisfying(RegistrationResult.Registered.class,
                registered -> assertThat(registered.user().categories()).as("customers serve none").isEmpty());
    }

    @Test
    void registrationInputIsChecked() {
        assertThat(invalid(() -> new RegisterCommand(Role.CUSTOMER, " ", null, null, "short", null)).fields())
                .containsOnlyKeys("name", "email", "password");
        assertThat(invalid(() -> new RegisterCommand(Role.CUSTOMER, "Al", "not-an-email", "12", PASSWORD, null)).fields())
                .containsOnlyKeys("email", "phone");
    }

    @Test
    void anUnknownCategoryIsInvalidAndNothingIsStored() {
        RegistrationResult result = register.register(new RegisterCommand(Role.PROVIDER, "Tito", "t@example.com", null,
                PASSWORD, Set.of("plumber", "bakery")));

        assertThat(result).isInstanceOfSatisfying(RegistrationResult.Invalid.class,
                invalid -> assertThat(invalid.fields()).containsOnlyKeys("categories"));
        assertThat(users.byEmail("t@example.com")).isEmpty();
    }

    @Test
    void emailAndPhoneAreUniqueAfterNormalisation() {
        registered(customer("alice@example.com", "+639171234567"));

        assertThat(register.register(customer("ALICE@example.com", null))).isEqualTo(new RegistrationResult.EmailTaken());
        assertThat(register.register(customer("other@example.com", "+63 917 123 4567")))
                .isEqualTo(new RegistrationResult.PhoneTaken());
        assertThat(users.byEmail("other@example.com")).isEmpty();
    }

    @Test
    void logsInByEmailOrPhone() {
        User user = active(customer("alice@example.com", "+639171234567"));

        assertThat(logIn.logIn(new LogInCommand(" Alice@Example.com ", PASSWORD))).isInstanceOfSatisfying(
                LogInResult.LoggedIn.class, in -> assertThat(in.signedIn().user()).isEqualTo(user));
        assertThat(logIn.logIn(new LogInCommand("+63 917-123-4567", PASSWORD))).isInstanceOfSatisfying(
                LogInResult.LoggedIn.class, in -> assertThat(in.signedIn().user()).isEqualTo(user));
    }

    @Test
    void wrongPasswordAndUnknownAccountGiveTheSameAnswer() {
        active(customer("alice@example.com", "+639171234567"));

        LogInResult wrongPassword = logIn.logIn(new LogInCommand("alice@example.com", PASSWORD + "!"));
        LogInResult unknownEmail = logIn.logIn(new LogInCommand("nobody@example.com", PASSWORD));
        LogInResult unknownPhone = logIn.logIn(new LogInCommand("+639990000000", PASSWORD));
        LogInResult neither = logIn.logIn(new LogInCommand("just words", PASSWORD));

        assertThat(wrongPassword).isEqualTo(new LogInResult.InvalidCredentials());
        assertThat(List.of(unknownEmail, unknownPhone, neither)).containsOnly(wrongPassword);
    }

    @Test
    void aSuspendedAccountIsToldSoOnlyWithTheRightPassword() {
        User suspended = new User(new UserId("usr_suspended"), Role.CUSTOMER, "Sus", "sus@example.com", null,
                hasher.hash(PASSWORD), Set.of(), AccountStatus.SUSPENDED, clock.instant());
        users.add(suspended);

        assertThat(logIn.logIn(new LogInCommand("sus@example.com", PASSWORD))).isEqualTo(new LogInResult.Suspended());
        assertThat(logIn.logIn(new LogInCommand("sus@example.com", "wrong password"))).isEqualTo(new LogInResult.InvalidCredentials());
    }

    @Test
    void passwordsAreNeverStoredInClear() {
        User first = registered(customer("alice@example.com", null));
        User second = registered(customer("bob@example.com", null));

        assertThat(first.passwordHash()).isNotEqualTo(PASSWORD).doesNotContain(PASSWORD);
        assertThat(first.passwordHash()).isNotEqualTo(second.passwordHash()); // salted
        assertThat(hasher.matches(PASSWORD, first.passwordHash())).isTrue();
        assertThat(hasher.matches(PASSWORD, second.passwordHash())).isTrue();
        assertThat(hasher.matches("wrong password", first.passwordHash())).isFalse();
        assertThat(hasher.matches(PASSWORD, "not a hash")).isFalse();
    }
}

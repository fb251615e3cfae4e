package dev.callout.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.TestClock;
import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.application.account.LogInUseCase.LogInResult;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.inmemory.InMemoryCategories;
import dev.callout.application.inmemory.InMemoryUsers;
import dev.callout.application.inmemory.Pbkdf2PasswordHasher;
import dev.callout.domain.id.TimeOrderedIds;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AccountServicesTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Category TOWING = new Category("towing", "Towing", new PricingPolicy(Money.parse("500.00", "PHP"),
            Money.parse("50.00", "PHP"), 0, FeeRate.DEFAULT), true);

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T08:00:00Z"));
    private final InMemoryUsers users = new InMemoryUsers();
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1000);
    private final RegisterUserService register = new RegisterUserService(users, new InMemoryCategories(List.of(TOWING)),
            hasher, clock, new TimeOrderedIds(clock, new SplittableRandom(5)));
    private final LogInService logIn = new LogInService(users, hasher);
    private final GetUserService getUser = new GetUserService(users);

    private static RegisterCommand customer(String email, String phone) {
        return new RegisterCommand(Role.CUSTOMER, " Alice Santos ", email, phone, PASSWORD, null);
    }

    private User registered(RegisterCommand command) {
        RegistrationResult result = register.register(command);
        assertThat(result).isInstanceOf(RegistrationResult.Registered.class);
        return ((RegistrationResult.Registered) result).user();
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
        assertThat(user.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(user.createdAt()).isEqualTo(clock.instant());
        assertThat(getUser.byId(user.id())).contains(user);
        assertThat(users.byEmail("alice.santos@example.com")).contains(user);
        assertThat(users.byPhone("+639171234567")).contains(user);
    }

    @Test
    void registersAProviderWithTheirCategories() {
        User provider = registered(new RegisterCommand(Role.PROVIDER, "Tito Tow", null, "0917 555 0101", PASSWORD,
                Set.of("towing")));

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
        assertThat(invalid(() -> new RegisterCommand(Role.PROVIDER, "Tito", "t@example.com", null, PASSWORD, Set.of()))
                .fields()).containsOnlyKeys("categories");
        assertThat(invalid(() -> new RegisterCommand(Role.PROVIDER, "Tito", "t@example.com", null, PASSWORD, null))
                .fields()).containsOnlyKeys("categories");
        assertThat(invalid(() -> new RegisterCommand(Role.CUSTOMER, "Al", "a@example.com", null, PASSWORD, Set.of("towing")))
                .fields()).containsOnlyKeys("categories");
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
                PASSWORD, Set.of("towing", "bakery")));

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
        User user = registered(customer("alice@example.com", "+639171234567"));

        assertThat(logIn.logIn(new LogInCommand(" Alice@Example.com ", PASSWORD))).isEqualTo(new LogInResult.LoggedIn(user));
        assertThat(logIn.logIn(new LogInCommand("+63 917-123-4567", PASSWORD))).isEqualTo(new LogInResult.LoggedIn(user));
    }

    @Test
    void wrongPasswordAndUnknownAccountGiveTheSameAnswer() {
        registered(customer("alice@example.com", "+639171234567"));

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

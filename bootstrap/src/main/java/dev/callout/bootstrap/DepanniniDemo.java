package dev.callout.bootstrap;

import dev.callout.application.account.RegisterUserUseCase;
import dev.callout.application.account.RegisterUserUseCase.RegisterCommand;
import dev.callout.application.account.RegisterUserUseCase.RegistrationResult;
import dev.callout.application.account.VerifyCodeUseCase;
import dev.callout.application.account.VerifyCodeUseCase.VerifyCodeCommand;
import dev.callout.application.port.Users;
import dev.callout.application.presence.SetAvailabilityUseCase;
import dev.callout.application.presence.SetAvailabilityUseCase.SetAvailabilityCommand;
import dev.callout.application.presence.SetBaseLocationUseCase;
import dev.callout.application.presence.SetBaseLocationUseCase.SetBaseLocationCommand;
import dev.callout.domain.dispatch.Availability;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.persistence.RecordedCodes;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Depannini's demo (--profile depannini --demo): two clients and a towing and a repair assistant
 * around Algiers, created once through the same use cases as its API, the assistants online at
 * their base, and printed with their phones and the demo password.
 */
@Singleton
@Requires(property = "callout.demo", value = "true")
class DepanniniDemo {

    private static final Logger LOG = LoggerFactory.getLogger("callout.demo");

    private record Person(Role role, String name, String phone, String service, double lat, double lng) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person(Role.CUSTOMER, "Samira Benali", "+213550000001", null, 0, 0),
            new Person(Role.CUSTOMER, "Yacine Haddad", "+213550000002", null, 0, 0),
            new Person(Role.PROVIDER, "Karim Dépannage", "+213660000001", "towing", 36.7762, 3.0601),   // Alger centre
            new Person(Role.PROVIDER, "Nadia Mécanique", "+213660000002", "repair", 36.7372, 3.0865));  // Hussein Dey

    private final Users users;
    private final RegisterUserUseCase register;
    private final VerifyCodeUseCase verify;
    private final RecordedCodes codes;
    private final SetBaseLocationUseCase bases;
    private final SetAvailabilityUseCase availability;
    private final Clock clock;

    DepanniniDemo(Users users, RegisterUserUseCase register, VerifyCodeUseCase verify, RecordedCodes codes,
                  SetBaseLocationUseCase bases, SetAvailabilityUseCase availability, Clock clock) {
        this.users = users;
        this.register = register;
        this.verify = verify;
        this.codes = codes;
        this.bases = bases;
        this.availability = availability;
        this.clock = clock;
    }

    void load() {
        boolean fresh = users.byPhone(PEOPLE.getFirst().phone()).isEmpty();
        StringBuilder lines = new StringBuilder(fresh ? "Depannini demo data loaded" : "Depannini demo data already present")
                .append("; sign in at /api/auth/login/phone/ with password '").append(DemoData.PASSWORD).append("':");
        for (Person person : PEOPLE) {
            if (fresh) {
                create(person);
            }
            lines.append(System.lineSeparator()).append(String.format("  %-9s %-16s %s %s",
                    person.role() == Role.PROVIDER ? "assistant" : "client", person.name(), person.phone(),
                    person.service() == null ? "" : person.service()));
        }
        LOG.info("{}", lines);
    }

    /** Registered and verified with the code the development sender recorded; an assistant goes online at their base. */
    private void create(Person person) {
        boolean assistant = person.role() == Role.PROVIDER;
        ProviderDetails vehicle = assistant
                ? new ProviderDetails("flatbed", "c", "DZ-" + person.phone().substring(4), LocalDate.now(clock).plusYears(2), "1234516")
                : null;
        RegistrationResult result = register.register(new RegisterCommand(person.role(), person.name(), null, person.phone(),
                DemoData.PASSWORD, assistant ? Set.of(person.service()) : Set.of(), vehicle, "Alger"));
        if (!(result instanceof RegistrationResult.Registered registered)) {
            LOG.warn("a Depannini demo account was not created: {}", result);
            return;
        }
        verify.verify(VerifyCodeCommand.of(person.phone(), codes.lastCode(person.phone()).orElseThrow()));
        if (assistant) {
            User user = registered.user();
            bases.set(SetBaseLocationCommand.of(user.asActor(), person.lat(), person.lng(), null));
            availability.set(new SetAvailabilityCommand(user.asActor(), Availability.ONLINE));
        }
    }
}

package dev.callout.application.account;

import dev.callout.application.job.JobRules;
import dev.callout.application.port.Categories;
import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.id.IdGenerator;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.User;
import dev.callout.domain.user.UserId;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

public final class RegisterUserService implements RegisterUserUseCase {

    private final Users users;
    private final Categories categories;
    private final PasswordHasher hasher;
    private final Codes codes;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final AccountPolicy policy;
    private final JobRules jobRules;

    public RegisterUserService(Users users, Categories categories, PasswordHasher hasher, Codes codes,
                               Transactions transactions, Clock clock, IdGenerator ids, AccountPolicy policy) {
        this(users, categories, hasher, codes, transactions, clock, ids, policy, JobRules.DEFAULT);
    }

    /** {@code jobRules} gives a provider who names no category the deployment's default one. */
    public RegisterUserService(Users users, Categories categories, PasswordHasher hasher, Codes codes,
                               Transactions transactions, Clock clock, IdGenerator ids, AccountPolicy policy,
                               JobRules jobRules) {
        this.jobRules = jobRules;
        this.users = users;
        this.categories = categories;
        this.hasher = hasher;
        this.codes = codes;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
    }

    @Override
    public RegistrationResult register(RegisterCommand asked) {
        RegisterCommand command = withDefaultCategory(asked);
        if (command.role() == Role.PROVIDER && command.categories().isEmpty()) {
            return new RegistrationResult.Invalid(Map.of("categories", "a provider serves at least one category"));
        }
        Map<String, String> problems = problems(command);
        if (!problems.isEmpty()) {
            return new RegistrationResult.Invalid(problems);
        }
        String hash = hasher.hash(command.password());
        boolean waitsForCode = policy.signInNeedsVerification();
        AccountStatus status = waitsForCode ? AccountStatus.PENDING_VERIFICATION
                : AccountStatus.afterVerification(command.role(), policy.providersNeedApproval());
        User user = new User(UserId.next(ids), command.role(), command.name(), command.email(), command.phone(), hash,
                command.categories(), status, clock.instant(), command.providerDetails(), null, command.profile());
        boolean byPhone = user.phone() != null && (user.email() == null || policy.signUpCodeToPhone());
        Channel channel = byPhone ? Channel.PHONE : Channel.EMAIL;
        String destination = byPhone ? user.phone() : user.email();
        return transactions.inTransaction(() -> switch (users.add(user)) {
            case ADDED -> {
                if (waitsForCode) {
                    codes.admit(destination); // counts towards the resend limits; a fresh address is always admitted
                    codes.issue(user.id(), Purpose.VERIFY, channel, destination);
                }
                yield new RegistrationResult.Registered(user, waitsForCode ? destination : null);
            }
            case EMAIL_TAKEN -> new RegistrationResult.EmailTaken();
            case PHONE_TAKEN -> new RegistrationResult.PhoneTaken();
        });
    }

    private RegisterCommand withDefaultCategory(RegisterCommand command) {
        String fallback = jobRules.defaultCategory();
        if (command.role() != Role.PROVIDER || !command.categories().isEmpty() || fallback == null) {
            return command;
        }
        return new RegisterCommand(command.role(), command.name(), command.email(), command.phone(), command.password(),
                Set.of(fallback), command.providerDetails(), command.addressText(), command.bio());
    }

    private Map<String, String> problems(RegisterCommand command) {
        Map<String, String> problems = new LinkedHashMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        boolean needsVehicle = false;
        for (String code : command.categories()) {
            Optional<Category> category = categories.byCode(code);
            if (category.isEmpty()) {
                unknown.add(code);
            } else {
                needsVehicle |= category.get().requiresVehicle();
            }
        }
        if (!unknown.isEmpty()) {
            problems.put("categories", "unknown categories " + unknown);
        }
        if (needsVehicle && command.providerDetails() == null) {
            problems.put("vehicle_type", "vehicle and licence details are required for the categories you serve");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (command.providerDetails() != null && !command.providerDetails().licenceExpiry().isAfter(today)) {
            problems.put("licence_expiry", "must be in the future");
        }
        return problems;
    }
}

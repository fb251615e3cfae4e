package dev.callout.application.account;

import dev.callout.application.port.PasswordHasher;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.User;
import dev.callout.domain.user.VerificationCode;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.time.Clock;
import java.util.Optional;

public final class ResetPasswordService implements ResetPasswordUseCase {

    private final Users users;
    private final Codes codes;
    private final SessionRevocations revocations;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public ResetPasswordService(Users users, Codes codes, SessionRevocations revocations, PasswordHasher hasher,
                                Transactions transactions, Clock clock) {
        this.users = users;
        this.codes = codes;
        this.revocations = revocations;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ResetResult reset(ResetPasswordCommand command) {
        String hash = hasher.hash(command.newPassword());
        return transactions.inTransaction(() -> {
            Optional<VerificationCode.Check> check = codes.check(command.destination().address(), Purpose.RESET_PASSWORD,
                    command.code());
            if (check.isEmpty()) {
                return new ResetResult.Invalid();
            }
            return switch (check.get()) {
                case VerificationCode.Check.Wrong wrong -> new ResetResult.Invalid();
                case VerificationCode.Check.TooManyAttempts exhausted -> new ResetResult.Invalid();
                case VerificationCode.Check.Expired expired -> new ResetResult.Expired();
                case VerificationCode.Check.Matched matched -> {
                    Optional<User> user = users.byId(matched.consumed().userId())
                            .filter(account -> account.status() != AccountStatus.DELETED);
                    if (user.isEmpty()) {
                        yield new ResetResult.Invalid();
                    }
                    users.update(user.get().withPasswordHash(hash));
                    revocations.revokeAll(user.get().id(), clock.instant(), "password reset");
                    yield new ResetResult.Reset();
                }
            };
        });
    }
}

package dev.callout.application.account;

import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.User;
import dev.callout.domain.user.VerificationCode;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.util.Optional;

public final class VerifyCodeService implements VerifyCodeUseCase {

    private final Users users;
    private final Codes codes;
    private final SessionIssuer sessions;
    private final Transactions transactions;
    private final AccountPolicy policy;

    public VerifyCodeService(Users users, Codes codes, SessionIssuer sessions, Transactions transactions, AccountPolicy policy) {
        this.users = users;
        this.codes = codes;
        this.sessions = sessions;
        this.transactions = transactions;
        this.policy = policy;
    }

    @Override
    public VerifyResult verify(VerifyCodeCommand command) {
        Channel.Destination to = command.destination();
        return transactions.inTransaction(() -> {
            Optional<VerificationCode.Check> check = codes.check(to.address(), Purpose.VERIFY, command.code());
            if (check.isEmpty()) {
                return new VerifyResult.Invalid();
            }
            return switch (check.get()) {
                case VerificationCode.Check.Wrong wrong -> new VerifyResult.Invalid();
                case VerificationCode.Check.Expired expired -> new VerifyResult.Expired();
                case VerificationCode.Check.TooManyAttempts exhausted -> new VerifyResult.TooManyAttempts();
                case VerificationCode.Check.Matched matched -> proven(matched.consumed(), to);
            };
        });
    }

    private VerifyResult proven(VerificationCode code, Channel.Destination to) {
        Optional<User> found = users.byId(code.userId());
        if (found.isEmpty() || found.get().status() == AccountStatus.DELETED) {
            return new VerifyResult.Invalid();
        }
        User user = found.get();
        if (!user.owns(to.channel(), to.address())) {
            User moved = to.channel() == Channel.EMAIL ? user.withEmail(to.address()) : user.withPhone(to.address());
            return switch (users.update(moved)) {
                case UPDATED -> new VerifyResult.Verified(moved, null);
                case EMAIL_TAKEN, PHONE_TAKEN -> new VerifyResult.AddressTaken(to.channel());
                case NOT_FOUND -> new VerifyResult.Invalid();
            };
        }
        if (user.status() != AccountStatus.PENDING_VERIFICATION) {
            return new VerifyResult.Verified(user, null);
        }
        User verified = user.withStatus(AccountStatus.afterVerification(user.role(), policy.providersNeedApproval()));
        users.update(verified);
        return new VerifyResult.Verified(verified, verified.isActive() ? sessions.start(verified) : null);
    }
}

package dev.callout.application.account;

import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.user.AccountStatus;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.User;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.time.Duration;
import java.util.Optional;

public final class SendCodeService implements SendCodeUseCase {

    private final Users users;
    private final Codes codes;
    private final Transactions transactions;

    public SendCodeService(Users users, Codes codes, Transactions transactions) {
        this.users = users;
        this.codes = codes;
        this.transactions = transactions;
    }

    @Override
    public SendResult send(SendCodeCommand command) {
        Channel.Destination to = command.destination();
        return transactions.inTransaction(() -> {
            Optional<Duration> wait = codes.admit(to.address());
            if (wait.isPresent()) {
                return new SendResult.TooSoon(wait.get());
            }
            Optional<User> user = to.channel() == Channel.EMAIL ? users.byEmail(to.address()) : users.byPhone(to.address());
            boolean wanted = user.filter(account -> command.purpose() == Purpose.VERIFY
                    ? account.status() == AccountStatus.PENDING_VERIFICATION
                    : account.status() != AccountStatus.DELETED).isPresent();
            if (wanted) {
                codes.issue(user.get().id(), command.purpose(), to.channel(), to.address());
            }
            return new SendResult.Accepted(codes.ttl(command.purpose()));
        });
    }
}

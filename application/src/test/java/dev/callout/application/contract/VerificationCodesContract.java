package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.Users;
import dev.callout.application.port.VerificationCodes;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.User;
import dev.callout.domain.user.VerificationCode;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link VerificationCodes} store must do. */
public abstract class VerificationCodesContract {

    protected abstract VerificationCodes codes();

    protected abstract Users users();

    private User user;

    @BeforeEach
    void aUser() {
        user = ContractFixtures.customer();
        users().add(user);
    }

    private VerificationCode code(Purpose purpose, Instant at) {
        return new VerificationCode("otp_" + ContractFixtures.unique(), user.id(), purpose, Channel.EMAIL, user.email(),
                "hash-" + ContractFixtures.unique(), at, at.plusSeconds(300), 0, null);
    }

    private static VerificationCode guessed(VerificationCode code, Instant consumedAt) {
        return new VerificationCode(code.id(), code.userId(), code.purpose(), code.channel(), code.destination(),
                code.codeHash(), code.createdAt(), code.expiresAt(), code.attempts() + 1, consumedAt);
    }

    @Test
    void the_latest_unused_code_per_destination_and_purpose_reads_back() {
        VerificationCode verify = code(Purpose.VERIFY, ContractFixtures.at(0));
        VerificationCode reset = code(Purpose.RESET_PASSWORD, ContractFixtures.at(1));
        codes().issue(verify);
        codes().issue(reset);

        assertThat(codes().latest(user.email(), Purpose.VERIFY)).contains(verify);
        assertThat(codes().latest(user.email(), Purpose.RESET_PASSWORD)).contains(reset);
        assertThat(codes().latest("nobody@example.ph", Purpose.VERIFY)).isEmpty();
    }

    @Test
    void a_new_code_retires_the_earlier_one() {
        VerificationCode first = code(Purpose.VERIFY, ContractFixtures.at(0));
        VerificationCode second = code(Purpose.VERIFY, ContractFixtures.at(40));
        codes().issue(first);
        codes().issue(second);

        assertThat(codes().latest(user.email(), Purpose.VERIFY)).contains(second);
        assertThat(codes().recordGuess(guessed(first, null))).isFalse();
    }

    @Test
    void guesses_are_counted_once_each_and_a_used_code_is_gone() {
        VerificationCode code = code(Purpose.VERIFY, ContractFixtures.at(0));
        codes().issue(code);
        VerificationCode wrong = guessed(code, null);

        assertThat(codes().recordGuess(wrong)).isTrue();
        assertThat(codes().recordGuess(wrong)).isFalse();
        assertThat(codes().latest(user.email(), Purpose.VERIFY)).contains(wrong);

        assertThat(codes().recordGuess(guessed(wrong, ContractFixtures.at(10)))).isTrue();
        assertThat(codes().latest(user.email(), Purpose.VERIFY)).isEmpty();
    }
}

package dev.callout.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.port.LoginAttempts;
import dev.callout.application.port.LoginAttempts.Failures;
import org.junit.jupiter.api.Test;

/** What every {@link LoginAttempts} store must do. */
public abstract class LoginAttemptsContract {

    protected abstract LoginAttempts attempts();

    @Test
    void failures_count_up_within_a_window_and_start_again_after_it() {
        String key = "id:" + ContractFixtures.unique();

        attempts().recordFailure(key, ContractFixtures.at(0), ContractFixtures.at(-900));
        Failures second = attempts().recordFailure(key, ContractFixtures.at(10), ContractFixtures.at(-890));

        assertThat(second).isEqualTo(new Failures(2, ContractFixtures.at(0), ContractFixtures.at(10)));
        assertThat(attempts().failures(key)).contains(second);

        Failures fresh = attempts().recordFailure(key, ContractFixtures.at(1000), ContractFixtures.at(100));
        assertThat(fresh).isEqualTo(new Failures(1, ContractFixtures.at(1000), ContractFixtures.at(1000)));
    }

    @Test
    void clearing_forgets_a_key_only() {
        String key = "id:" + ContractFixtures.unique();
        String other = "ip:" + ContractFixtures.unique();
        attempts().recordFailure(key, ContractFixtures.at(0), ContractFixtures.at(-900));
        attempts().recordFailure(other, ContractFixtures.at(0), ContractFixtures.at(-900));

        attempts().clear(key);

        assertThat(attempts().failures(key)).isEmpty();
        assertThat(attempts().failures(other)).isPresent();
    }
}

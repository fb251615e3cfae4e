package dev.callout.application.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(policy.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoff(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theAttemptThatReachesTheMaximumIsTheLast() {
        assertThat(policy.isLast(0)).isFalse();
        assertThat(policy.isLast(2)).isFalse();
        assertThat(policy.isLast(3)).isTrue();
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).isLast(0)).as("one attempt only").isTrue();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorIsDescribedByItsInnermostCauseFirstLineWithoutTheStatement() {
        RuntimeException failure = new RuntimeException("SQL [update jobs set status = ?]; ERROR: violates check",
                new IllegalStateException("ERROR: new row for relation \"jobs\" violates check constraint \"x\"\n  Detail: (…)"));
        assertThat(FailedWork.describe(failure)).isEqualTo("ERROR: new row for relation \"jobs\" violates check constraint \"x\"");
        assertThat(FailedWork.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }
}

package dev.callout.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayoutAccountTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final UserId PEDRO = new UserId("usr_pedro");

    @Test
    void onlyAcctFollowedByLettersAndDigitsIsAConnectedAccountId() {
        assertThat(PayoutAccount.isWellFormed("acct_1Nv0FGQ9RKHgCVdK")).isTrue();
        assertThat(PayoutAccount.isWellFormed("acct_" + "a".repeat(64))).isTrue();
        for (String bad : new String[]{null, "", "acct_", "acct", "ACCT_1Nv0", "cus_1Nv0", "acct_1Nv0 ", "acct_1-Nv0",
                "acct_1Nv0\n", "acct_ü", "acct_" + "a".repeat(65)}) {
            assertThat(PayoutAccount.isWellFormed(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> new PayoutAccount(PEDRO, "acct_1;drop", T0, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relinkingKeepsWhenItWasFirstLinkedAndTheSameAccountChangesNothing() {
        PayoutAccount first = new PayoutAccount(PEDRO, "acct_first", T0, T0);

        PayoutAccount moved = first.relinkedTo("acct_second", T0.plusSeconds(60));
        assertThat(moved).isEqualTo(new PayoutAccount(PEDRO, "acct_second", T0, T0.plusSeconds(60)));
        assertThat(first.relinkedTo("acct_first", T0.plusSeconds(60))).isSameAs(first);
        assertThatThrownBy(() -> new PayoutAccount(PEDRO, "acct_x", T0, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

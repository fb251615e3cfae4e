package dev.callout.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.domain.user.Channel;
import dev.callout.domain.user.VerificationCode.Purpose;
import org.junit.jupiter.api.Test;

class RecordedCodesTest {

    @Test
    void theLastCodeToAnAddressReadsBack() {
        RecordedCodes recorded = IdentityDatabase.get().bean(RecordedCodes.class);

        recorded.send(Channel.PHONE, "+639170000001", Purpose.VERIFY, "123456");
        recorded.send(Channel.PHONE, "+639170000001", Purpose.RESET_PASSWORD, "654321");

        assertThat(recorded.lastCode("+639170000001")).contains("654321");
        assertThat(recorded.lastCode("+639170000002")).isEmpty();
    }
}

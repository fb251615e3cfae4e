package dev.callout.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixedTest {

    @ParameterizedTest
    @ValueSource(strings = {"job_01J0000000000000000000000A", "job_doesnotexist", "job_tie_low"})
    void anIdIsItsPrefixThenLettersDigitsAndUnderscores(String id) {
        assertThat(Prefixed.matches(id, "job")).isTrue();
        assertThat(Prefixed.require(id, "job")).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"job_", "usr_01J", "job_\u0000", "job_01J\n", "job_a b", "job_a-b", "job_\u202E1", "job_é",
            "job_'; drop table jobs;--"})
    void anythingElseIsNoId(String id) {
        assertThat(Prefixed.matches(id, "job")).isFalse();
        assertThatThrownBy(() -> Prefixed.require(id, "job")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a job id");
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 61})
    void anIdIsAtMost64Characters(int length) {
        assertThat(Prefixed.matches("job_" + "x".repeat(length), "job")).isEqualTo(length <= 60);
    }
}

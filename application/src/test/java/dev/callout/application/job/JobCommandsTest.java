package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.ALICE;
import static dev.callout.application.job.JobWorld.MANILA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.PageRequest;
import dev.callout.application.account.LogInUseCase.LogInCommand;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.pricing.Urgency;
import java.math.BigDecimal;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JobCommandsTest {

    private static final Instant LATER = Instant.parse("2026-12-01T10:00:00Z");
    private static final JobId JOB = new JobId("job_1");

    private static InvalidCommandException invalid(ThrowingCallable construction) {
        InvalidCommandException thrown = catchThrowableOfType(InvalidCommandException.class, construction);
        assertThat(thrown).as("an InvalidCommandException").isNotNull();
        return thrown;
    }

    @Test
    void aJobRequestNamesEveryMissingField() {
        assertThat(invalid(() -> new JobRequest(null, null, null, null, null, null, null)).fields())
                .as("a missing category is the deployment's default one, or refused when posting")
                .containsOnlyKeys("location", "urgency");
        assertThat(invalid(() -> new JobRequest("  ", null, MANILA, null, Urgency.IMMEDIATE, null, null)).fields())
                .containsOnlyKeys("category");
    }

    @Test
    void scheduledAtGoesWithScheduledJobsOnly() {
        assertThat(invalid(() -> new JobRequest("towing", null, MANILA, null, Urgency.SCHEDULED, null, null)).fields())
                .containsOnlyKeys("scheduled_at");
        assertThat(invalid(() -> new JobRequest("towing", null, MANILA, null, Urgency.IMMEDIATE, LATER, null)).fields())
                .containsOnlyKeys("scheduled_at");
        assertThatCode(() -> new JobRequest("towing", null, MANILA, null, Urgency.SCHEDULED, LATER, null))
                .doesNotThrowAnyException();
    }

    @Test
    void descriptionIsAtMostTwoThousandCharacters() {
        assertThat(invalid(() -> new JobRequest("towing", "x".repeat(2001), MANILA, null, Urgency.IMMEDIATE, null, null))
                .fields()).containsOnlyKeys("description");
        assertThatCode(() -> new JobRequest("towing", "x".repeat(2000), MANILA, null, Urgency.IMMEDIATE, null, null))
                .doesNotThrowAnyException();
    }

    @Test
    void aBudgetIsPositive() {
        for (String amount : new String[] {"0", "0.00", "-1"}) {
            assertThat(invalid(() -> new JobRequest("towing", null, MANILA, null, Urgency.IMMEDIATE, null,
                    new MoneyInput(new BigDecimal(amount), "PHP"))).fields()).containsOnlyKeys("budget.amount");
        }
    }

    @Test
    void statusAndCancelCommandsValidateThemselves() {
        assertThat(invalid(() -> new ChangeJobStatusUseCase.ChangeJobStatusCommand(ALICE, JOB, null, null)).fields())
                .containsOnlyKeys("status");
        assertThat(invalid(() -> new ChangeJobStatusUseCase.ChangeJobStatusCommand(ALICE, JOB, JobStatus.DISPUTED,
                "x".repeat(501))).fields()).containsOnlyKeys("reason");
        assertThat(invalid(() -> new CancelJobUseCase.CancelJobCommand(ALICE, JOB, "x".repeat(501))).fields())
                .containsOnlyKeys("reason");
        assertThatCode(() -> new CancelJobUseCase.CancelJobCommand(ALICE, JOB, "x".repeat(500))).doesNotThrowAnyException();
    }

    @Test
    void pagesStartAtOneAndHoldAtMostAHundred() {
        assertThat(invalid(() -> new PageRequest(0, 20)).fields()).containsOnlyKeys("page");
        assertThat(invalid(() -> new PageRequest(1, 0)).fields()).containsOnlyKeys("limit");
        assertThat(invalid(() -> new PageRequest(1, 101)).fields()).containsOnlyKeys("limit");
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
    }

    @Test
    void logInNeedsAnIdentifierAndAPassword() {
        assertThat(invalid(() -> new LogInCommand(" ", null)).fields()).containsOnlyKeys("identifier", "password");
        assertThat(invalid(() -> new LogInCommand("a@b.co", "x".repeat(129))).fields()).containsOnlyKeys("password");
    }
}

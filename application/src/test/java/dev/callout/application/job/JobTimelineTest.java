package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.ADMIN;
import static dev.callout.application.job.JobWorld.ALICE;
import static dev.callout.application.job.JobWorld.BOB;
import static dev.callout.application.job.JobWorld.TOWER;
import static dev.callout.application.job.JobWorld.TOWER_2;
import static dev.callout.application.job.JobWorld.ok;
import static dev.callout.application.job.JobWorld.towing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.TimelineEntry;
import dev.callout.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobTimelineTest {

    private final JobWorld world = new JobWorld();

    @Test
    void everyTransitionIsOnTheTimelineWithItsTimeAndActor() {
        JobId id = world.posted(ALICE, towing()).id();
        Instant posted = world.clock.instant();
        world.clock.advance(Duration.ofMinutes(1));
        ok(world.acceptBy(TOWER, id));
        world.clock.advance(Duration.ofMinutes(1));
        ok(world.cancelBy(TOWER, id, "flat tyre on the way"));
        world.clock.advance(Duration.ofMinutes(1));
        ok(world.acceptBy(TOWER_2, id));
        for (JobStatus next : new JobStatus[] {JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS, JobStatus.COMPLETED}) {
            world.clock.advance(Duration.ofMinutes(1));
            ok(world.changeBy(TOWER_2, id, next));
        }

        assertThat(world.get.view(ALICE, id).orElseThrow().timeline())
                .extracting(TimelineEntry::status, TimelineEntry::at, TimelineEntry::actorId, TimelineEntry::actorRole)
                .containsExactly(
                        tuple(JobStatus.REQUESTED, posted, ALICE.id(), Role.CUSTOMER),
                        tuple(JobStatus.ACCEPTED, posted.plusSeconds(60), TOWER.id(), Role.PROVIDER),
                        tuple(JobStatus.REQUESTED, posted.plusSeconds(120), TOWER.id(), Role.PROVIDER),
                        tuple(JobStatus.ACCEPTED, posted.plusSeconds(180), TOWER_2.id(), Role.PROVIDER),
                        tuple(JobStatus.EN_ROUTE, posted.plusSeconds(240), TOWER_2.id(), Role.PROVIDER),
                        tuple(JobStatus.IN_PROGRESS, posted.plusSeconds(300), TOWER_2.id(), Role.PROVIDER),
                        tuple(JobStatus.COMPLETED, posted.plusSeconds(360), TOWER_2.id(), Role.PROVIDER));
    }

    @Test
    void aRefusedMoveLeavesNoEntryAndAnAdminsCancellationNamesTheAdmin() {
        JobId id = world.posted(ALICE, towing()).id();
        world.changeBy(TOWER, id, JobStatus.COMPLETED);
        world.cancelBy(BOB, id, "not mine");
        ok(world.cancelBy(ADMIN, id, "duplicate post"));

        assertThat(world.get.view(ADMIN, id).orElseThrow().timeline())
                .extracting(TimelineEntry::status, TimelineEntry::actorId)
                .containsExactly(tuple(JobStatus.REQUESTED, ALICE.id()), tuple(JobStatus.CANCELLED, ADMIN.id()));
    }

    @Test
    void onlyTheJobsPartiesAndAdminsSeeItsTimeline() {
        JobId id = world.posted(ALICE, towing()).id();

        assertThat(world.get.view(TOWER, id).orElseThrow().timeline()).as("a provider the open job is offered to").isNull();
        assertThat(world.get.view(BOB, id)).isEmpty();
        assertThat(world.get.view(ADMIN, id).orElseThrow().timeline()).hasSize(1);
        ok(world.acceptBy(TOWER, id));
        assertThat(world.get.view(TOWER, id).orElseThrow().timeline()).hasSize(2);
    }
}

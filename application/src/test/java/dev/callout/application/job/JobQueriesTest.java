package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.ADMIN;
import static dev.callout.application.job.JobWorld.ALICE;
import static dev.callout.application.job.JobWorld.BOB;
import static dev.callout.application.job.JobWorld.PLUMBER;
import static dev.callout.application.job.JobWorld.TOWER;
import static dev.callout.application.job.JobWorld.TOWER_2;
import static dev.callout.application.job.JobWorld.ok;
import static dev.callout.application.job.JobWorld.plumbing;
import static dev.callout.application.job.JobWorld.towing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.inmemory.InMemoryJobViews;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobId;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.user.Actor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobQueriesTest {

    private final JobWorld world = new JobWorld();
    private JobId aliceOpen1;
    private JobId aliceOpen2;
    private JobId aliceTaken;
    private JobId bobPlumbing1;
    private JobId bobPlumbing2;

    /** Posted a minute apart, oldest first: three towing jobs of Alice's (one taken by TOWER), two plumbing of Bob's. */
    @BeforeEach
    void postJobs() {
        aliceOpen1 = postAt(ALICE, towing());
        aliceTaken = postAt(ALICE, towing());
        bobPlumbing1 = postAt(BOB, plumbing());
        aliceOpen2 = postAt(ALICE, towing());
        bobPlumbing2 = postAt(BOB, plumbing());
        ok(world.acceptBy(TOWER, aliceTaken));
    }

    private JobId postAt(Actor customer, JobRequest request) {
        world.clock.advance(Duration.ofMinutes(1));
        return world.posted(customer, request).id();
    }

    private Page<Job> list(Actor actor, JobStatus status, String category, int page, int limit) {
        return world.list.list(new ListJobsQuery(actor, status, category, new PageRequest(page, limit)));
    }

    private static List<JobId> ids(Page<Job> page) {
        return page.items().stream().map(Job::id).toList();
    }

    @Test
    void partiesAdminsAndProvidersItIsOpenToSeeAJob() {
        assertThat(world.get.get(ALICE, aliceOpen1)).map(Job::id).contains(aliceOpen1);
        assertThat(world.get.get(ADMIN, aliceOpen1)).isPresent();
        assertThat(world.get.get(TOWER_2, aliceOpen1)).isPresent();
        assertThat(world.get.get(PLUMBER, aliceOpen1)).isEmpty();
        assertThat(world.get.get(BOB, aliceOpen1)).isEmpty();

        assertThat(world.get.get(TOWER, aliceTaken)).isPresent();
        assertThat(world.get.get(ALICE, aliceTaken)).isPresent();
        assertThat(world.get.get(TOWER_2, aliceTaken)).as("taken by someone else").isEmpty();
        assertThat(world.get.get(ADMIN, new JobId("job_nothing"))).isEmpty();
    }

    @Test
    void aCallerWhoMayNotSeeAJobIsToldItIsNotFoundUnlessTheDeploymentRefusesOpenly() {
        GetJobService open = new GetJobService(world.jobs,
                new InMemoryJobViews(world.jobs, world.orders, world.timeline, world.files), true);
        assertThat(world.get.access(BOB, aliceOpen1)).isEqualTo(GetJobUseCase.Access.NOT_FOUND);
        assertThat(open.access(BOB, aliceOpen1)).isEqualTo(GetJobUseCase.Access.FORBIDDEN);
        assertThat(open.access(TOWER_2, aliceTaken)).as("taken by someone else").isEqualTo(GetJobUseCase.Access.FORBIDDEN);
        assertThat(open.access(ALICE, aliceOpen1)).isEqualTo(GetJobUseCase.Access.VISIBLE);
        assertThat(open.access(TOWER_2, aliceOpen1)).as("open to them").isEqualTo(GetJobUseCase.Access.VISIBLE);
        assertThat(open.access(ADMIN, new JobId("job_nothing"))).isEqualTo(GetJobUseCase.Access.NOT_FOUND);
    }

    @Test
    void customersListTheirOwnJobsNewestFirst() {
        Page<Job> alice = list(ALICE, null, null, 1, 20);
        assertThat(ids(alice)).containsExactly(aliceOpen2, aliceTaken, aliceOpen1);
        assertThat(alice.total()).isEqualTo(3);
        assertThat(ids(list(BOB, null, null, 1, 20))).containsExactly(bobPlumbing2, bobPlumbing1);
    }

    @Test
    void providersListTheirJobsAndTheOpenJobsOfTheirCategories() {
        assertThat(ids(list(TOWER, null, null, 1, 20))).containsExactly(aliceOpen2, aliceTaken, aliceOpen1);
        assertThat(ids(list(TOWER_2, null, null, 1, 20))).containsExactly(aliceOpen2, aliceOpen1);
        assertThat(ids(list(PLUMBER, null, null, 1, 20))).containsExactly(bobPlumbing2, bobPlumbing1);
    }

    @Test
    void aProviderWhoWithdrewNoLongerSeesTheJob() {
        ok(world.acceptBy(TOWER_2, aliceOpen1));
        ok(world.cancelBy(TOWER_2, aliceOpen1, "cannot make it"));

        assertThat(ids(list(TOWER_2, null, null, 1, 20))).containsExactly(aliceOpen2);
        assertThat(ids(list(TOWER, null, null, 1, 20))).contains(aliceOpen1);
    }

    @Test
    void adminsListEverythingWithFilters() {
        assertThat(ids(list(ADMIN, null, null, 1, 20)))
                .containsExactly(bobPlumbing2, aliceOpen2, bobPlumbing1, aliceTaken, aliceOpen1);
        assertThat(ids(list(ADMIN, JobStatus.REQUESTED, null, 1, 20)))
                .containsExactly(bobPlumbing2, aliceOpen2, bobPlumbing1, aliceOpen1);
        assertThat(ids(list(ADMIN, JobStatus.ACCEPTED, null, 1, 20))).containsExactly(aliceTaken);
        assertThat(ids(list(ADMIN, null, "plumbing", 1, 20))).containsExactly(bobPlumbing2, bobPlumbing1);
        assertThat(ids(list(ADMIN, JobStatus.ACCEPTED, "plumbing", 1, 20))).isEmpty();
        assertThat(ids(list(ALICE, JobStatus.REQUESTED, null, 1, 20))).containsExactly(aliceOpen2, aliceOpen1);
        assertThat(ids(list(TOWER, JobStatus.ACCEPTED, null, 1, 20))).containsExactly(aliceTaken);
    }

    @Test
    void pagesSliceTheListAndCountEverything() {
        Page<Job> first = list(ADMIN, null, null, 1, 2);
        Page<Job> second = list(ADMIN, null, null, 2, 2);
        Page<Job> third = list(ADMIN, null, null, 3, 2);
        Page<Job> beyond = list(ADMIN, null, null, 4, 2);

        assertThat(ids(first)).containsExactly(bobPlumbing2, aliceOpen2);
        assertThat(ids(second)).containsExactly(bobPlumbing1, aliceTaken);
        assertThat(ids(third)).containsExactly(aliceOpen1);
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), third.total(), beyond.total())).containsOnly(5L);
        assertThat(first.request()).isEqualTo(new PageRequest(1, 2));
    }
}

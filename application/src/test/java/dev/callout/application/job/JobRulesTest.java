package dev.callout.application.job;

import static dev.callout.application.job.JobWorld.MANILA;
import static dev.callout.application.job.JobWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.file.FileLimits;
import dev.callout.application.job.AcceptJobUseCase.AcceptJobCommand;
import dev.callout.application.job.ChangeJobStatusUseCase.ChangeJobStatusCommand;
import dev.callout.application.job.ListJobsUseCase.ListJobsQuery;
import dev.callout.application.job.ListJobsUseCase.Side;
import dev.callout.application.job.PostJobUseCase.PostJobCommand;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.job.Posters;
import dev.callout.domain.job.Rejection;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The deployment's job rules: by default customers post and a job names its category; a gig
 * marketplace lets providers post too (each account acting as the side it holds on a job) and
 * files category-less jobs under a default category.
 */
class JobRulesTest {

    private static final Actor SEEKER = Actor.provider(new UserId("usr_seeker"), Set.of("plumbing"));
    private static final Actor HELPER = Actor.provider(new UserId("usr_helper"), Set.of("plumbing"));

    private final JobWorld world = new JobWorld();
    private final PostJobService gigs = new PostJobService(world.categories, world.jobs, world.files, FileLimits.DEFAULT,
            world.outbox, world.timeline, world.transactions, world.clock, world.ids,
            new JobRules(Posters.CUSTOMERS_AND_PROVIDERS, "plumbing"));

    private static JobRequest uncategorised() {
        return new JobRequest(null, "fix the sink", MANILA, null, Urgency.IMMEDIATE, null, new MoneyInput(new java.math.BigDecimal("1500.0"), null));
    }

    @Test
    void byDefaultAJobNamesItsCategoryAndOnlyCustomersPost() {
        assertThat(world.post.post(new PostJobCommand(JobWorld.ALICE, uncategorised())))
                .isInstanceOfSatisfying(JobResult.Invalid.class, invalid -> assertThat(invalid.fields()).containsOnlyKeys("category"));
        JobRequest named = new JobRequest("plumbing", null, MANILA, null, Urgency.IMMEDIATE, null, null);
        assertThat(world.post.post(new PostJobCommand(SEEKER, named))).isEqualTo(new JobResult.Refused(Rejection.ROLE_NOT_ALLOWED));
        assertThat(world.storedCount()).isZero();
        assertThat(world.outbox.events()).isEmpty();
    }

    @Test
    void aJobWithoutACategoryGoesInTheDefaultOneAtItsBudget() {
        Job gig = ok(gigs.post(new PostJobCommand(SEEKER, uncategorised())));

        assertThat(gig.details().category()).isEqualTo("plumbing");
        assertThat(gig.customerId()).isEqualTo(SEEKER.id());
        assertThat(gig.price().total()).isEqualTo(Money.parse("1500.00", "PHP"));
        assertThat(world.stored(gig.id()).details().category()).isEqualTo("plumbing");
    }

    @Test
    void anAccountThatPostedActsAsTheCustomerOfItsJobAndTakesOthers() {
        Job mine = ok(gigs.post(new PostJobCommand(SEEKER, uncategorised())));
        Job theirs = ok(gigs.post(new PostJobCommand(HELPER, uncategorised())));

        assertThat(world.accept.accept(new AcceptJobCommand(SEEKER, mine.id())))
                .as("nobody takes their own job").isEqualTo(new JobResult.Refused(Rejection.ROLE_NOT_ALLOWED));
        assertThat(world.get.get(SEEKER, theirs.id())).as("the other's open job is open to them").isPresent();
        ok(world.accept.accept(new AcceptJobCommand(HELPER, mine.id())));
        ok(world.accept.accept(new AcceptJobCommand(SEEKER, theirs.id())));

        assertThat(world.change.change(new ChangeJobStatusCommand(SEEKER, mine.id(), JobStatus.IN_PROGRESS, null)))
                .as("the poster does not drive the work").isEqualTo(new JobResult.Refused(Rejection.ROLE_NOT_ALLOWED));
        assertThat(ok(world.change.change(new ChangeJobStatusCommand(SEEKER, theirs.id(), JobStatus.IN_PROGRESS, null))).status())
                .isEqualTo(JobStatus.IN_PROGRESS);
        Job cancelled = ok(world.change.change(new ChangeJobStatusCommand(SEEKER, mine.id(), JobStatus.CANCELLED, "plans changed")));
        assertThat(cancelled.status()).as("the poster cancels as its customer, within the window").isEqualTo(JobStatus.CANCELLED);

        PageRequest page = new PageRequest(1, 20);
        assertThat(world.list.list(new ListJobsQuery(SEEKER, null, null, page, Side.POSTED)).items())
                .extracting(Job::id).containsExactly(mine.id());
        assertThat(world.list.list(new ListJobsQuery(SEEKER, null, null, page, Side.TAKEN)).items())
                .extracting(Job::id).containsExactly(theirs.id());
        assertThat(world.list.list(new ListJobsQuery(SEEKER, null, null, page, Side.EITHER)).items())
                .extracting(Job::id).containsExactlyInAnyOrder(mine.id(), theirs.id());
    }
}

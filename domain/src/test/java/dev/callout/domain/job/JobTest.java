package dev.callout.domain.job;

import static dev.callout.domain.job.JobFixtures.ADMIN;
import static dev.callout.domain.job.JobFixtures.CUSTOMER;
import static dev.callout.domain.job.JobFixtures.JOB_ID;
import static dev.callout.domain.job.JobFixtures.MANILA;
import static dev.callout.domain.job.JobFixtures.OTHER_CUSTOMER;
import static dev.callout.domain.job.JobFixtures.PLUMBER;
import static dev.callout.domain.job.JobFixtures.PRICE;
import static dev.callout.domain.job.JobFixtures.PROVIDER;
import static dev.callout.domain.job.JobFixtures.PROVIDER_2;
import static dev.callout.domain.job.JobFixtures.T0;
import static dev.callout.domain.job.JobFixtures.TOWING;
import static dev.callout.domain.job.JobFixtures.WINDOW;
import static dev.callout.domain.job.JobFixtures.acceptedBy;
import static dev.callout.domain.job.JobFixtures.ok;
import static dev.callout.domain.job.JobFixtures.posted;
import static dev.callout.domain.job.JobFixtures.rejection;
import static dev.callout.domain.job.JobFixtures.transitioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callout.domain.job.JobEvent.JobAccepted;
import dev.callout.domain.job.JobEvent.JobPosted;
import dev.callout.domain.job.JobEvent.JobStatusChanged;
import dev.callout.domain.job.JobEvent.ProviderWithdrew;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Actor;
import dev.callout.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobTest {

    private static final Instant T1 = T0.plus(Duration.ofMinutes(1));
    private static final Instant T2 = T0.plus(Duration.ofMinutes(2));
    private static final Instant T3 = T0.plus(Duration.ofMinutes(3));
    private static final Instant T4 = T0.plus(Duration.ofMinutes(4));

    private static TransitionOutcome change(Job job, Actor actor, JobStatus target, Instant now) {
        return job.changeStatus(actor, target, null, now, WINDOW);
    }

    private static Job enRoute() {
        return ok(change(acceptedBy(PROVIDER, T1), PROVIDER, JobStatus.EN_ROUTE, T2));
    }

    private static Job inProgress() {
        return ok(change(enRoute(), PROVIDER, JobStatus.IN_PROGRESS, T3));
    }

    private static Job completed() {
        return ok(change(inProgress(), PROVIDER, JobStatus.COMPLETED, T4));
    }

    private static Job cancelled() {
        return ok(change(posted(), CUSTOMER, JobStatus.CANCELLED, T1));
    }

    private static Job disputed() {
        return ok(change(completed(), CUSTOMER, JobStatus.DISPUTED, T4.plusSeconds(60)));
    }

    @Nested
    class Posting {

        @Test
        void aCustomerPostsARequestedJob() {
            TransitionOutcome.Transitioned outcome = transitioned(Job.post(JOB_ID, CUSTOMER, TOWING, PRICE, T0));
            Job job = outcome.job();

            assertThat(job.status()).isEqualTo(JobStatus.REQUESTED);
            assertThat(job.customerId()).isEqualTo(CUSTOMER.id());
            assertThat(job.providerId()).isNull();
            assertThat(job.excludedProviders()).isEmpty();
            assertThat(job.createdAt()).isEqualTo(T0);
            assertThat(job.updatedAt()).isEqualTo(T0);
            assertThat(job.price()).isEqualTo(PRICE);
            assertThat(job.version()).isZero();
            assertThat(outcome.events()).containsExactly(
                    new JobPosted(JOB_ID, CUSTOMER.id(), "towing", MANILA, Urgency.IMMEDIATE, null, T0));
        }

        @Test
        void onlyCustomersPost() {
            assertThat(rejection(Job.post(JOB_ID, PROVIDER, TOWING, PRICE, T0))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
            assertThat(rejection(Job.post(JOB_ID, ADMIN, TOWING, PRICE, T0))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
        }

        @Test
        void aScheduledJobMustBeInTheFuture() {
            JobDetails past = scheduledAt(T0.minusSeconds(1));
            JobDetails now = scheduledAt(T0);
            JobDetails future = scheduledAt(T0.plus(Duration.ofHours(2)));

            assertThat(rejection(Job.post(JOB_ID, CUSTOMER, past, PRICE, T0))).isEqualTo(Rejection.SCHEDULED_TIME_INVALID);
            assertThat(rejection(Job.post(JOB_ID, CUSTOMER, now, PRICE, T0))).isEqualTo(Rejection.SCHEDULED_TIME_INVALID);
            TransitionOutcome.Transitioned ok = transitioned(Job.post(JOB_ID, CUSTOMER, future, PRICE, T0));
            assertThat(ok.job().details().scheduledAt()).isEqualTo(future.scheduledAt());
            assertThat(ok.events()).singleElement().isInstanceOfSatisfying(JobPosted.class, event -> {
                assertThat(event.urgency()).isEqualTo(Urgency.SCHEDULED);
                assertThat(event.scheduledAt()).isEqualTo(future.scheduledAt());
            });
        }

        @Test
        void detailsValidateThemselves() {
            assertThatThrownBy(() -> new JobDetails("towing", null, MANILA, null, Urgency.SCHEDULED, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new JobDetails("towing", null, MANILA, null, Urgency.IMMEDIATE, T0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new JobDetails("towing", "x".repeat(2001), MANILA, null, Urgency.IMMEDIATE, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private JobDetails scheduledAt(Instant at) {
            return new JobDetails("towing", "tow on Monday", MANILA, null, Urgency.SCHEDULED, at);
        }
    }

    @Nested
    class Accepting {

        @Test
        void aProviderOfTheCategoryAcceptsARequestedJob() {
            TransitionOutcome.Transitioned outcome = transitioned(posted().accept(PROVIDER, T1));

            Job job = outcome.job();
            assertThat(job.status()).isEqualTo(JobStatus.ACCEPTED);
            assertThat(job.providerId()).isEqualTo(PROVIDER.id());
            assertThat(job.acceptedAt()).isEqualTo(T1);
            assertThat(job.updatedAt()).isEqualTo(T1);
            assertThat(job.createdAt()).isEqualTo(T0);
            assertThat(outcome.events()).containsExactly(new JobAccepted(JOB_ID, CUSTOMER.id(), PROVIDER.id(), T1));
        }

        @Test
        void changeStatusToAcceptedIsAnAccept() {
            assertThat(ok(change(posted(), PROVIDER, JobStatus.ACCEPTED, T1)))
                    .isEqualTo(ok(posted().accept(PROVIDER, T1)));
            assertThat(rejection(change(posted(), PLUMBER, JobStatus.ACCEPTED, T1))).isEqualTo(Rejection.CATEGORY_NOT_SERVED);
        }

        @Test
        void customersAndAdminsMayNotAccept() {
            assertThat(rejection(posted().accept(CUSTOMER, T1))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
            assertThat(rejection(posted().accept(ADMIN, T1))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
            // a customer who is no party to the job is not told it exists
            assertThat(rejection(posted().accept(OTHER_CUSTOMER, T1))).isEqualTo(Rejection.NOT_A_PARTY);
        }

        @Test
        void aProviderOfAnotherCategoryMayNotAccept() {
            assertThat(rejection(posted().accept(PLUMBER, T1))).isEqualTo(Rejection.CATEGORY_NOT_SERVED);
        }

        @Test
        void aProviderWhoWithdrewMayNotAcceptAgain() {
            Job reopened = ok(change(acceptedBy(PROVIDER, T1), PROVIDER, JobStatus.CANCELLED, T2));

            assertThat(rejection(reopened.accept(PROVIDER, T3))).isEqualTo(Rejection.PROVIDER_EXCLUDED);
            assertThat(ok(reopened.accept(PROVIDER_2, T3)).providerId()).isEqualTo(PROVIDER_2.id());
        }

        @Test
        void aTakenJobIsTakenForOthers() {
            assertThat(rejection(acceptedBy(PROVIDER, T1).accept(PROVIDER_2, T2))).isEqualTo(Rejection.ALREADY_TAKEN);
            assertThat(rejection(enRoute().accept(PROVIDER_2, T3))).isEqualTo(Rejection.ALREADY_TAKEN);
            assertThat(rejection(completed().accept(PROVIDER_2, T4))).isEqualTo(Rejection.ALREADY_TAKEN);
        }

        @Test
        void acceptingTwiceOrACancelledJobIsInvalid() {
            assertThat(rejection(acceptedBy(PROVIDER, T1).accept(PROVIDER, T2))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(cancelled().accept(PROVIDER, T2))).isEqualTo(Rejection.INVALID_TRANSITION);
        }
    }

    @Nested
    class Working {

        @Test
        void theAssignedProviderGoesEnRouteStartsAndCompletes() {
            Job accepted = acceptedBy(PROVIDER, T1);

            TransitionOutcome.Transitioned toEnRoute = transitioned(
                    accepted.changeStatus(PROVIDER, JobStatus.EN_ROUTE, "on my way", T2, WINDOW));
            assertThat(toEnRoute.job().status()).isEqualTo(JobStatus.EN_ROUTE);
            assertThat(toEnRoute.job().updatedAt()).isEqualTo(T2);
            assertThat(toEnRoute.job().acceptedAt()).isEqualTo(T1);
            assertThat(toEnRoute.events()).containsExactly(new JobStatusChanged(JOB_ID, CUSTOMER.id(), PROVIDER.id(),
                    JobStatus.ACCEPTED, JobStatus.EN_ROUTE, Role.PROVIDER, "on my way", T2));

            TransitionOutcome.Transitioned started = transitioned(change(toEnRoute.job(), PROVIDER, JobStatus.IN_PROGRESS, T3));
            assertThat(started.job().status()).isEqualTo(JobStatus.IN_PROGRESS);
            assertThat(started.job().startedAt()).isEqualTo(T3);
            assertThat(started.events()).containsExactly(new JobStatusChanged(JOB_ID, CUSTOMER.id(), PROVIDER.id(),
                    JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS, Role.PROVIDER, null, T3));

            TransitionOutcome.Transitioned done = transitioned(change(started.job(), PROVIDER, JobStatus.COMPLETED, T4));
            assertThat(done.job().status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(done.job().startedAt()).isEqualTo(T3);
            assertThat(done.job().completedAt()).isEqualTo(T4);
            assertThat(done.job().updatedAt()).isEqualTo(T4);
            assertThat(done.job().cancelledAt()).isNull();
            assertThat(done.events()).containsExactly(new JobStatusChanged(JOB_ID, CUSTOMER.id(), PROVIDER.id(),
                    JobStatus.IN_PROGRESS, JobStatus.COMPLETED, Role.PROVIDER, null, T4));
        }

        @Test
        void workMayStartStraightFromAccepted() {
            Job started = ok(change(acceptedBy(PROVIDER, T1), PROVIDER, JobStatus.IN_PROGRESS, T2));

            assertThat(started.status()).isEqualTo(JobStatus.IN_PROGRESS);
            assertThat(started.startedAt()).isEqualTo(T2);
        }

        @Test
        void onlyTheAssignedProviderDrivesTheWork() {
            Job accepted = acceptedBy(PROVIDER, T1);
            for (JobStatus target : new JobStatus[] {JobStatus.EN_ROUTE, JobStatus.IN_PROGRESS}) {
                assertThat(rejection(change(accepted, PROVIDER_2, target, T2))).isEqualTo(Rejection.NOT_A_PARTY);
                assertThat(rejection(change(accepted, OTHER_CUSTOMER, target, T2))).isEqualTo(Rejection.NOT_A_PARTY);
                assertThat(rejection(change(accepted, CUSTOMER, target, T2))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
                assertThat(rejection(change(accepted, ADMIN, target, T2))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
            }
            Job started = inProgress();
            assertThat(rejection(change(started, PROVIDER_2, JobStatus.COMPLETED, T4))).isEqualTo(Rejection.NOT_A_PARTY);
            assertThat(rejection(change(started, CUSTOMER, JobStatus.COMPLETED, T4))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
            assertThat(rejection(change(started, ADMIN, JobStatus.COMPLETED, T4))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
        }

        @Test
        void workStepsOutOfOrderAreInvalid() {
            assertThat(rejection(change(acceptedBy(PROVIDER, T1), PROVIDER, JobStatus.COMPLETED, T2)))
                    .isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(enRoute(), PROVIDER, JobStatus.EN_ROUTE, T3))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(enRoute(), PROVIDER, JobStatus.COMPLETED, T3))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(inProgress(), PROVIDER, JobStatus.EN_ROUTE, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(inProgress(), PROVIDER, JobStatus.IN_PROGRESS, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(completed(), PROVIDER, JobStatus.COMPLETED, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(completed(), PROVIDER, JobStatus.IN_PROGRESS, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
        }

        @Test
        void nobodyMovesAJobBackToRequestedOrToAcceptedByChangeStatus() {
            assertThat(rejection(change(enRoute(), PROVIDER, JobStatus.REQUESTED, T3))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(enRoute(), ADMIN, JobStatus.REQUESTED, T3))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(enRoute(), CUSTOMER, JobStatus.REQUESTED, T3))).isEqualTo(Rejection.INVALID_TRANSITION);
        }

        @Test
        void noProviderIsAPartyToAnOpenJob() {
            assertThat(rejection(change(posted(), PROVIDER, JobStatus.EN_ROUTE, T1))).isEqualTo(Rejection.NOT_A_PARTY);
            assertThat(rejection(change(posted(), PROVIDER, JobStatus.CANCELLED, T1))).isEqualTo(Rejection.NOT_A_PARTY);
        }
    }

    @Nested
    class Cancelling {

        @Test
        void theCustomerCancelsARequestedJobAnyTime() {
            Instant muchLater = T0.plus(Duration.ofDays(3));
            TransitionOutcome.Transitioned outcome = transitioned(
                    posted().changeStatus(CUSTOMER, JobStatus.CANCELLED, "found help", muchLater, WINDOW));

            Job job = outcome.job();
            assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(job.cancelledAt()).isEqualTo(muchLater);
            assertThat(job.updatedAt()).isEqualTo(muchLater);
            assertThat(job.cancellationReason()).isEqualTo("found help");
            assertThat(job.providerId()).isNull();
            assertThat(outcome.events()).containsExactly(new JobStatusChanged(JOB_ID, CUSTOMER.id(), null,
                    JobStatus.REQUESTED, JobStatus.CANCELLED, Role.CUSTOMER, "found help", muchLater));
        }

        @Test
        void theCustomerCancelsAnAcceptedJobWithinTheWindow() {
            Job accepted = acceptedBy(PROVIDER, T1);
            Instant lastMoment = T1.plus(WINDOW.windowAfterAcceptance());

            Job cancelled = ok(change(accepted, CUSTOMER, JobStatus.CANCELLED, lastMoment));

            assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(cancelled.providerId()).isEqualTo(PROVIDER.id());
            assertThat(cancelled.cancelledAt()).isEqualTo(lastMoment);
        }

        @Test
        void afterTheWindowTheCustomerMayNotCancel() {
            Job accepted = acceptedBy(PROVIDER, T1);
            Instant tooLate = T1.plus(WINDOW.windowAfterAcceptance()).plusMillis(1);

            assertThat(rejection(change(accepted, CUSTOMER, JobStatus.CANCELLED, tooLate)))
                    .isEqualTo(Rejection.CANCELLATION_WINDOW_EXPIRED);
            // a longer window of the caller's policy still allows it
            Job cancelled = ok(accepted.changeStatus(CUSTOMER, JobStatus.CANCELLED, null, tooLate,
                    new CancellationPolicy(Duration.ofMinutes(10))));
            assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(rejection(accepted.changeStatus(CUSTOMER, JobStatus.CANCELLED, null, T1.plusMillis(1),
                    new CancellationPolicy(Duration.ZERO)))).isEqualTo(Rejection.CANCELLATION_WINDOW_EXPIRED);
        }

        @Test
        void theCustomerMayNotCancelOnceTheProviderIsOnTheWay() {
            assertThat(rejection(change(enRoute(), CUSTOMER, JobStatus.CANCELLED, T2))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(inProgress(), CUSTOMER, JobStatus.CANCELLED, T3))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(completed(), CUSTOMER, JobStatus.CANCELLED, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(cancelled(), CUSTOMER, JobStatus.CANCELLED, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
        }

        @Test
        void anotherCustomerMayNotCancel() {
            assertThat(rejection(change(posted(), OTHER_CUSTOMER, JobStatus.CANCELLED, T1))).isEqualTo(Rejection.NOT_A_PARTY);
        }

        @ParameterizedTest
        @EnumSource(value = JobStatus.class, names = {"ACCEPTED", "EN_ROUTE"})
        void theProviderWithdrawingReopensTheJobWithoutThem(JobStatus from) {
            Job before = from == JobStatus.ACCEPTED ? acceptedBy(PROVIDER, T1) : enRoute();
            assertThat(before.status()).isEqualTo(from);

            TransitionOutcome.Transitioned outcome = transitioned(
                    before.changeStatus(PROVIDER, JobStatus.CANCELLED, "car broke down", T3, WINDOW));

            Job reopened = outcome.job();
            assertThat(reopened.status()).isEqualTo(JobStatus.REQUESTED);
            assertThat(reopened.providerId()).isNull();
            assertThat(reopened.acceptedAt()).isNull();
            assertThat(reopened.startedAt()).isNull();
            assertThat(reopened.cancelledAt()).isNull();
            assertThat(reopened.excludedProviders()).containsExactly(PROVIDER.id());
            assertThat(reopened.updatedAt()).isEqualTo(T3);
            assertThat(reopened.createdAt()).isEqualTo(T0);
            assertThat(reopened.details()).isEqualTo(before.details());
            assertThat(reopened.price()).isEqualTo(before.price());
            assertThat(outcome.events()).containsExactly(
                    new ProviderWithdrew(JOB_ID, CUSTOMER.id(), PROVIDER.id(), "car broke down", T3));
            assertThat(reopened.isOpenTo(PROVIDER)).isFalse();
            assertThat(reopened.isVisibleTo(PROVIDER)).isFalse();
            assertThat(reopened.isOpenTo(PROVIDER_2)).isTrue();
        }

        @Test
        void exclusionsAccumulate() {
            Job first = ok(change(acceptedBy(PROVIDER, T1), PROVIDER, JobStatus.CANCELLED, T2));
            Job second = ok(change(ok(first.accept(PROVIDER_2, T3)), PROVIDER_2, JobStatus.CANCELLED, T4));

            assertThat(second.excludedProviders()).containsExactlyInAnyOrder(PROVIDER.id(), PROVIDER_2.id());
            assertThat(rejection(second.accept(PROVIDER_2, T4))).isEqualTo(Rejection.PROVIDER_EXCLUDED);
        }

        @Test
        void theProviderMayNotWithdrawOnceStarted() {
            assertThat(rejection(change(inProgress(), PROVIDER, JobStatus.CANCELLED, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(completed(), PROVIDER, JobStatus.CANCELLED, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
        }

        @Test
        void anAdminCancelsAnyUnfinishedJob() {
            for (Job job : new Job[] {posted(), acceptedBy(PROVIDER, T1), enRoute(), inProgress()}) {
                Instant at = T4.plus(Duration.ofHours(1));
                TransitionOutcome.Transitioned outcome = transitioned(
                        job.changeStatus(ADMIN, JobStatus.CANCELLED, "fraud", at, WINDOW));
                assertThat(outcome.job().status()).isEqualTo(JobStatus.CANCELLED);
                assertThat(outcome.job().cancelledAt()).isEqualTo(at);
                assertThat(outcome.job().providerId()).isEqualTo(job.providerId());
                assertThat(outcome.job().excludedProviders()).isEmpty();
                assertThat(outcome.events()).containsExactly(new JobStatusChanged(JOB_ID, CUSTOMER.id(), job.providerId(),
                        job.status(), JobStatus.CANCELLED, Role.ADMIN, "fraud", at));
            }
        }

        @Test
        void anAdminMayNotCancelAFinishedJob() {
            for (Job job : new Job[] {completed(), cancelled(), disputed()}) {
                assertThat(rejection(change(job, ADMIN, JobStatus.CANCELLED, T4))).isEqualTo(Rejection.INVALID_TRANSITION);
            }
        }
    }

    @Nested
    class Disputing {

        @Test
        void eitherPartyDisputesStartedOrCompletedWork() {
            for (Actor party : new Actor[] {CUSTOMER, PROVIDER}) {
                for (Job job : new Job[] {inProgress(), completed()}) {
                    Instant at = T4.plusSeconds(90);
                    TransitionOutcome.Transitioned outcome = transitioned(
                            job.changeStatus(party, JobStatus.DISPUTED, "not done", at, WINDOW));
                    assertThat(outcome.job().status()).isEqualTo(JobStatus.DISPUTED);
                    assertThat(outcome.job().updatedAt()).isEqualTo(at);
                    assertThat(outcome.job().completedAt()).isEqualTo(job.completedAt());
                    assertThat(outcome.job().startedAt()).isEqualTo(job.startedAt());
                    assertThat(outcome.events()).containsExactly(new JobStatusChanged(JOB_ID, CUSTOMER.id(), PROVIDER.id(),
                            job.status(), JobStatus.DISPUTED, party.role(), "not done", at));
                }
            }
        }

        @Test
        void adminsAndStrangersDoNotDispute() {
            assertThat(rejection(change(completed(), ADMIN, JobStatus.DISPUTED, T4))).isEqualTo(Rejection.ROLE_NOT_ALLOWED);
            assertThat(rejection(change(completed(), OTHER_CUSTOMER, JobStatus.DISPUTED, T4))).isEqualTo(Rejection.NOT_A_PARTY);
            assertThat(rejection(change(completed(), PROVIDER_2, JobStatus.DISPUTED, T4))).isEqualTo(Rejection.NOT_A_PARTY);
        }

        @Test
        void nothingToDisputeBeforeWorkStarts() {
            assertThat(rejection(change(posted(), CUSTOMER, JobStatus.DISPUTED, T1))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(acceptedBy(PROVIDER, T1), CUSTOMER, JobStatus.DISPUTED, T2)))
                    .isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(enRoute(), PROVIDER, JobStatus.DISPUTED, T3))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(change(cancelled(), CUSTOMER, JobStatus.DISPUTED, T3))).isEqualTo(Rejection.INVALID_TRANSITION);
        }

        @Test
        void aDisputedJobIsFinal() {
            Job job = disputed();
            for (JobStatus target : JobStatus.values()) {
                for (Actor actor : new Actor[] {CUSTOMER, PROVIDER, ADMIN}) {
                    assertThat(job.changeStatus(actor, target, null, T4.plusSeconds(600), WINDOW))
                            .as("%s by %s", target, actor.role())
                            .isInstanceOf(TransitionOutcome.Rejected.class);
                }
            }
        }
    }

    @Nested
    class Visibility {

        @Test
        void partiesAdminsAndProvidersItIsOpenToSeeAJob() {
            Job open = posted();
            assertThat(open.isVisibleTo(CUSTOMER)).isTrue();
            assertThat(open.isVisibleTo(ADMIN)).isTrue();
            assertThat(open.isVisibleTo(PROVIDER)).isTrue();
            assertThat(open.isVisibleTo(PLUMBER)).isFalse();
            assertThat(open.isVisibleTo(OTHER_CUSTOMER)).isFalse();

            Job taken = acceptedBy(PROVIDER, T1);
            assertThat(taken.isVisibleTo(PROVIDER)).isTrue();
            assertThat(taken.isParty(PROVIDER)).isTrue();
            assertThat(taken.isVisibleTo(PROVIDER_2)).isFalse();
            assertThat(taken.isOpenTo(PROVIDER_2)).isFalse();
        }
    }

    @Nested
    class Expiry {

        @Test
        void anOpenJobNobodyTookExpiresAsNoProviderFoundAndTheCustomerIsTold() {
            TransitionOutcome.Transitioned expired = transitioned(posted().expire(T2));

            assertThat(expired.job().status()).isEqualTo(JobStatus.NO_PROVIDER_FOUND);
            assertThat(expired.job().status().isClosed()).isTrue();
            assertThat(expired.job().updatedAt()).isEqualTo(T2);
            assertThat(expired.events()).singleElement().isInstanceOfSatisfying(JobStatusChanged.class, changed -> {
                assertThat(changed.customerId()).isEqualTo(CUSTOMER.id());
                assertThat(changed.from()).isEqualTo(JobStatus.REQUESTED);
                assertThat(changed.to()).isEqualTo(JobStatus.NO_PROVIDER_FOUND);
                assertThat(changed.changedBy()).as("the system, not a user").isNull();
            });
        }

        @Test
        void onlyAnOpenJobExpires() {
            assertThat(rejection(acceptedBy(PROVIDER, T1).expire(T2))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(cancelled().expire(T2))).isEqualTo(Rejection.INVALID_TRANSITION);
            assertThat(rejection(completed().expire(T4))).isEqualTo(Rejection.INVALID_TRANSITION);
        }

        @Test
        void anExpiredJobCanNeitherBeTakenNorMoved() {
            Job expired = ok(posted().expire(T1));
            assertThat(rejection(expired.accept(PROVIDER, T2))).isEqualTo(Rejection.INVALID_TRANSITION);
            for (Actor actor : new Actor[] {CUSTOMER, PROVIDER, ADMIN}) {
                for (JobStatus target : JobStatus.values()) {
                    assertThat(expired.changeStatus(actor, target, null, T2, WINDOW))
                            .as("%s -> %s", actor.role(), target).isInstanceOf(TransitionOutcome.Rejected.class);
                }
            }
            assertThat(rejection(change(posted(), ADMIN, JobStatus.NO_PROVIDER_FOUND, T1)))
                    .as("no user may declare it").isEqualTo(Rejection.INVALID_TRANSITION);
        }
    }

    @Nested
    class Invariants {

        @Test
        void theConstructorRefusesBrokenStates() {
            Job job = posted();
            assertThatThrownBy(() -> Job.builder(job.id(), job.customerId(), job.details(), job.price())
                    .status(JobStatus.ACCEPTED).createdAt(T0).acceptedAt(T1).updatedAt(T1).build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> Job.builder(job.id(), job.customerId(), job.details(), job.price())
                    .providerId(PROVIDER.id()).status(JobStatus.ACCEPTED).excludedProviders(Set.of(PROVIDER.id()))
                    .createdAt(T0).acceptedAt(T1).updatedAt(T1).build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> Job.builder(job.id(), job.customerId(), job.details(), job.price())
                    .providerId(PROVIDER.id()).status(JobStatus.COMPLETED).createdAt(T0).acceptedAt(T1).startedAt(T2)
                    .updatedAt(T3).build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> Job.builder(job.id(), job.customerId(), job.details(), job.price())
                    .status(JobStatus.CANCELLED).createdAt(T0).updatedAt(T1).build())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> Job.builder(job.id(), job.customerId(), job.details(), job.price())
                    .providerId(job.customerId()).status(JobStatus.ACCEPTED).createdAt(T0).acceptedAt(T1).updatedAt(T1)
                    .build())
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void excludedProvidersCannotBeChangedFromOutside() {
            Job job = ok(change(acceptedBy(PROVIDER, T1), PROVIDER, JobStatus.CANCELLED, T2));
            assertThatThrownBy(() -> job.excludedProviders().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}

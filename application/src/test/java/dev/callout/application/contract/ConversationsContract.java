package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.chat.Conversation.Participant;
import dev.callout.application.chat.Conversation;
import dev.callout.application.port.Conversations;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Users;
import dev.callout.domain.chat.Message;
import dev.callout.domain.job.Job;
import dev.callout.domain.job.JobDetails;
import dev.callout.domain.job.JobStatus;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Conversations} read must give: a party's threads (jobs a provider holds), most
 * recent activity first, with the last message and the reader's own unread count. Categories
 * {@code plumber} ("Plumber") and {@code towing} ("Towing") exist.
 */
public abstract class ConversationsContract {

    protected abstract Users users();

    protected abstract Jobs jobs();

    protected abstract Messages messages();

    protected abstract Conversations conversations();

    private final PageRequest firstPage = new PageRequest(1, 20);

    private User customer() {
        User user = ContractFixtures.customer();
        users().add(user);
        return user;
    }

    private User provider() {
        User user = ContractFixtures.provider(Set.of("plumber", "towing"));
        users().add(user);
        return user;
    }

    /** Accepted 30 s after {@code createdAt}. */
    private Job accepted(User customer, User provider, long createdAt) {
        Job job = ContractFixtures.accepted(customer.id(), provider.id(), "plumber", at(createdAt));
        jobs().add(job);
        return job;
    }

    private Message say(Job job, User sender, String content, long sentAt) {
        Message message = new Message("msg_" + ContractFixtures.unique(), job.id(), sender.id(), content, null, at(sentAt), null);
        messages().add(message);
        return message;
    }

    @Test
    void threads_come_most_recent_activity_first_with_the_last_message_and_the_readers_unread_count() {
        User customer = customer();
        User plumber = provider();
        User tower = provider();
        Job talking = accepted(customer, plumber, 0);
        say(talking, customer, "Can you come before noon?", 100);
        say(talking, plumber, "I'll be there by 10:30 AM.", 200);
        Job quiet = accepted(customer, tower, 150);

        Page<Conversation> mine = conversations().of(customer.id(), firstPage);

        assertThat(mine.total()).isEqualTo(2);
        assertThat(mine.items()).extracting(Conversation::jobId).containsExactly(talking.id(), quiet.id());
        Conversation first = mine.items().getFirst();
        assertThat(first.title()).isEqualTo("Car will not start, parked at the basement");
        assertThat(first.status()).isEqualTo(JobStatus.ACCEPTED);
        assertThat(first.isActive()).isTrue();
        assertThat(first.participants()).containsExactly(new Participant(customer.id(), customer.name(), null),
                new Participant(plumber.id(), plumber.name(), null));
        assertThat(first.lastMessage()).isEqualTo("I'll be there by 10:30 AM.");
        assertThat(first.lastMessageAt()).isEqualTo(at(200));
        assertThat(first.lastActivityAt()).isEqualTo(at(200));
        assertThat(first.unreadCount()).isOne();
        Conversation second = mine.items().get(1);
        assertThat(second.lastMessage()).isNull();
        assertThat(second.lastMessageAt()).isNull();
        assertThat(second.lastActivityAt()).as("a thread without messages moved when the job was taken").isEqualTo(at(180));
        assertThat(second.unreadCount()).isZero();

        assertThat(conversations().of(plumber.id(), firstPage).items()).singleElement()
                .satisfies(theirs -> {
                    assertThat(theirs.jobId()).isEqualTo(talking.id());
                    assertThat(theirs.unreadCount()).as("the customer's message, unread by the plumber").isOne();
                });

        messages().markRead(talking.id(), customer.id(), at(300));
        say(quiet, tower, "On my way with the truck", 400);

        assertThat(conversations().of(customer.id(), firstPage).items())
                .extracting(Conversation::jobId, Conversation::unreadCount)
                .containsExactly(tuple(quiet.id(), 1), tuple(talking.id(), 0));
        assertThat(conversations().of(plumber.id(), firstPage).items().getFirst().unreadCount())
                .as("reading is per reader").isOne();
    }

    @Test
    void only_jobs_a_provider_holds_have_threads_and_only_their_parties_see_them() {
        User customer = customer();
        User provider = provider();
        Job open = ContractFixtures.requested(customer.id(), "plumber", at(0));
        jobs().add(open);
        Job taken = accepted(customer, provider, 10);
        User stranger = customer();
        User otherProvider = provider();

        assertThat(conversations().of(customer.id(), firstPage).items()).extracting(Conversation::jobId)
                .containsExactly(taken.id());
        assertThat(conversations().of(stranger.id(), firstPage).total()).isZero();
        assertThat(conversations().of(otherProvider.id(), firstPage).items()).isEmpty();
    }

    @Test
    void a_closed_job_keeps_its_thread_inactive_and_a_job_without_description_is_called_by_its_category() {
        User customer = customer();
        User provider = provider();
        Job completed = ContractFixtures.completed(customer.id(), provider.id(), "plumber", at(0));
        jobs().add(completed);
        Instant acceptedAt = at(60);
        Job towing = Job.builder(ContractFixtures.jobId(), customer.id(), new JobDetails("towing", " ", ContractFixtures.MAKATI, null, Urgency.IMMEDIATE, null), ContractFixtures.budgetQuote())
                .providerId(provider.id()).status(JobStatus.ACCEPTED).createdAt(at(50)).acceptedAt(acceptedAt)
                .updatedAt(acceptedAt).build();
        jobs().add(towing);

        assertThat(conversations().of(provider.id(), firstPage).items())
                .extracting(Conversation::jobId, Conversation::title, Conversation::isActive)
                .containsExactly(tuple(towing.id(), "Towing", true),
                        tuple(completed.id(), "Car will not start, parked at the basement", false));
    }

    @Test
    void a_gig_with_a_title_is_called_by_it() {
        User customer = customer();
        User provider = provider();
        Instant acceptedAt = at(60);
        Job gig = Job.builder(ContractFixtures.jobId(), customer.id(), new JobDetails("plumber", "Leaking pipe under the sink", ContractFixtures.MAKATI, null, Urgency.IMMEDIATE, null, false, "Fix the kitchen sink", 2, List.of()), ContractFixtures.budgetQuote())
                .providerId(provider.id()).status(JobStatus.ACCEPTED).createdAt(at(50)).acceptedAt(acceptedAt)
                .updatedAt(acceptedAt).build();
        jobs().add(gig);

        assertThat(conversations().of(customer.id(), firstPage).items()).singleElement()
                .extracting(Conversation::title).isEqualTo("Fix the kitchen sink");
    }

    @Test
    void threads_are_paged_and_equal_activity_breaks_by_the_greater_job_id() {
        User customer = customer();
        User provider = provider();
        Job first = accepted(customer, provider, 0);
        Job second = accepted(customer, provider, 0);
        Job third = accepted(customer, provider, 0);
        say(first, provider, "first", 500);

        Page<Conversation> one = conversations().of(customer.id(), new PageRequest(1, 2));
        Page<Conversation> two = conversations().of(customer.id(), new PageRequest(2, 2));
        Page<Conversation> beyond = conversations().of(customer.id(), new PageRequest(3, 2));

        assertThat(one.total()).isEqualTo(3);
        assertThat(one.items()).extracting(Conversation::jobId).containsExactly(first.id(), third.id());
        assertThat(two.items()).extracting(Conversation::jobId).containsExactly(second.id());
        assertThat(two.total()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
    }

    @Test
    void the_last_message_is_the_latest_sent_whatever_order_it_was_stored_in() {
        User customer = customer();
        User provider = provider();
        Job job = accepted(customer, provider, 0);
        say(job, provider, "later", 300);
        say(job, customer, "earlier", 200);

        Conversation thread = conversations().of(customer.id(), firstPage).items().getFirst();

        assertThat(thread.lastMessage()).isEqualTo("later");
        assertThat(thread.lastMessageAt()).isEqualTo(at(300));
        assertThat(thread.unreadCount()).isOne();
        assertThat(conversations().of(provider.id(), firstPage).items().getFirst().unreadCount()).isOne();
    }
}

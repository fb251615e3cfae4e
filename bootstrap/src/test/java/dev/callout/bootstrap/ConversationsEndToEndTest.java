package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /conversations over HTTP on PostgreSQL: each party's threads, ordered by activity, with their own unread counts. */
class ConversationsEndToEndTest {

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;

    private Reply conversations(Account caller, String query) {
        Reply reply = callout.get("/api/v1/conversations" + query, caller.token());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    private void say(String jobId, Account sender, String content) {
        Reply sent = callout.post("/api/v1/jobs/" + jobId + "/messages", sender.token(), "{\"content\": \"" + content + "\"}");
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
    }

    @Test
    void eachPartySeesTheirThreadsByLatestActivityWithTheirOwnUnreadCounts() {
        Account customer = callout.customer();
        Account plumber = callout.provider("plumber");
        Account other = callout.provider("plumber");
        String fixing = world.job(customer, plumber, "accepted");
        String quiet = world.job(customer, other, "accepted");
        world.job(customer, plumber, "requested");
        say(fixing, customer, "Can you come before noon?");
        say(fixing, plumber, "I'll be there by 10:30 AM.");

        Reply mine = conversations(customer, "");
        assertThat(mine.data()).extracting(thread -> thread.get("job_id")).containsExactly(fixing, quiet);
        assertThat(TrustWorld.map(mine.json().get("meta"))).containsEntry("page", 1).containsEntry("limit", 20).containsEntry("total", 2);
        Map<String, Object> first = mine.data().getFirst();
        assertThat(first).containsEntry("title", "Leaking pipe under the sink").containsEntry("status", "accepted")
                .containsEntry("last_message", "I'll be there by 10:30 AM.").containsEntry("unread_count", 1)
                .containsEntry("is_active", true).containsKey("last_message_at");
        assertThat(first.get("last_activity_at")).isEqualTo(first.get("last_message_at"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> participants = (List<Map<String, Object>>) first.get("participants");
        assertThat(participants).extracting(p -> p.get("id")).containsExactly(customer.id(), plumber.id());
        assertThat(participants).extracting(p -> p.get("name")).containsExactly("Test customer", "Test provider");
        assertThat(participants).allSatisfy(p -> assertThat(p).containsEntry("profile_image_file_id", null));
        assertThat(mine.data().get(1)).containsEntry("last_message", null).containsEntry("last_message_at", null)
                .containsEntry("unread_count", 0);

        assertThat(conversations(plumber, "").data()).singleElement()
                .satisfies(theirs -> assertThat(theirs).containsEntry("job_id", fixing).containsEntry("unread_count", 1));

        callout.post("/api/v1/jobs/" + fixing + "/messages/read", customer.token(), null);
        say(quiet, other, "Free this afternoon?");

        assertThat(conversations(customer, "").data()).extracting(thread -> thread.get("job_id"), thread -> thread.get("unread_count"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(quiet, 1), org.assertj.core.groups.Tuple.tuple(fixing, 0));
        assertThat(conversations(plumber, "").data().getFirst()).as("the customer read, not the plumber")
                .containsEntry("unread_count", 1);

        Reply firstPage = conversations(customer, "?page=1&limit=1");
        Reply secondPage = conversations(customer, "?page=2&limit=1");
        assertThat(firstPage.data()).extracting(thread -> thread.get("job_id")).containsExactly(quiet);
        assertThat(secondPage.data()).extracting(thread -> thread.get("job_id")).containsExactly(fixing);
        assertThat(TrustWorld.map(secondPage.json().get("meta"))).containsEntry("page", 2).containsEntry("limit", 1)
                .containsEntry("total", 2);
        assertThat(conversations(customer, "?page=3&limit=1").data()).isEmpty();
    }

    @Test
    void strangersAndAdminsHaveNoneAndAFinishedJobsThreadIsInactive() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String done = world.job(customer, provider, "completed");

        assertThat(conversations(customer, "").data()).singleElement()
                .satisfies(thread -> assertThat(thread).containsEntry("job_id", done).containsEntry("is_active", false)
                        .containsEntry("status", "completed"));
        for (Account outsider : List.of(callout.customer(), callout.provider("plumber"), callout.admin())) {
            Reply theirs = conversations(outsider, "?limit=100");
            assertThat(theirs.data()).extracting(thread -> thread.get("job_id")).doesNotContain(done);
        }
        assertThat(conversations(callout.customer(), "").json().get("data")).isEqualTo(List.of());

        Reply badLimit = callout.get("/api/v1/conversations?limit=0", customer.token());
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.errorFields()).containsKey("limit");
        assertThat(callout.get("/api/v1/conversations", null).status()).isEqualTo(401);
    }

    @Test
    void aThreadIsCalledByItsGigsTitleAndShowsEachPartysPicture() {
        Account customer = callout.customer();
        Account plumber = callout.provider("plumber");
        Reply uploaded = world.uploadImage(customer.token(), "profile", null, TrustWorld.png());
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        String picture = uploaded.get("id");
        assertThat(callout.patch("/api/v1/users/me", customer.token(), "{\"profile_image_file_id\": \"" + picture + "\"}")
                .status()).isEqualTo(200);
        Reply posted = callout.post("/api/v1/jobs", customer.token(),
                TrustWorld.PLUMBING.replace("\"category\"", "\"title\": \"Fix the kitchen sink\", \"category\""));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String jobId = posted.get("id");
        assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", plumber.token(), null).status()).isEqualTo(200);

        Map<String, Object> thread = conversations(plumber, "").data().getFirst();
        assertThat(thread).containsEntry("job_id", jobId).containsEntry("title", "Fix the kitchen sink");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> participants = (List<Map<String, Object>>) thread.get("participants");
        assertThat(participants).extracting(p -> p.get("profile_image_file_id")).containsExactly(picture, null);
    }
}

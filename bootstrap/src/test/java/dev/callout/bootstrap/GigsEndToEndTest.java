package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chayenity's gigs over HTTP on PostgreSQL: images uploaded before posting, a job posted with a
 * title, hours and those images, and helpers filtering the open jobs near them by budget.
 */
class GigsEndToEndTest {

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;

    /** Somewhere of its own (Chiang Mai), so other tests' jobs are not near. */
    private static final double LAT = 18.7883;
    private static final double LNG = 98.9853;

    private String unpostedImage(Account owner) {
        Reply uploaded = world.uploadImage(owner.token(), "job", null, TrustWorld.png());
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(uploaded.json()).containsEntry("job_id", null);
        return uploaded.get("id");
    }

    private Reply post(Account customer, String budget, List<String> images) {
        return callout.post("/api/v1/jobs", customer.token(), """
                {"category": "moving_help", "title": "Help move furniture", "duration_hours": 3,
                 "description": "A sofa and a dining table", "budget": {"amount": "%s", "currency": "PHP"},
                 "location": {"lat": %s, "lng": %s, "address": "Nimman Rd, Chiang Mai"}, "urgency": "immediate",
                 "image_file_ids": [%s]}""".formatted(budget, LAT, LNG,
                String.join(", ", images.stream().map(id -> "\"" + id + "\"").toList())));
    }

    @Test
    void aGigIsPostedWithItsImagesWhichItsPartiesSeeAndWhichStayWithIt() {
        Account seeker = callout.customer();
        Account helper = callout.provider("moving_help");
        String sofa = unpostedImage(seeker);
        String table = unpostedImage(seeker);
        assertThat(callout.get("/api/v1/files/" + sofa, helper.token()).status()).as("before posting: its owner's")
                .isEqualTo(404);

        Reply posted = post(seeker, "1500.00", List.of(table, sofa));

        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        assertThat(posted.json()).containsEntry("title", "Help move furniture").containsEntry("duration_hours", 3)
                .containsEntry("image_file_ids", List.of(table, sofa))
                .containsEntry("image_urls", List.of("/api/v1/files/" + table, "/api/v1/files/" + sofa));
        String job = posted.get("id");
        assertThat(callout.get("/api/v1/jobs/" + job, seeker.token()).json()).containsEntry("image_file_ids", List.of(table, sofa));
        assertThat(callout.get("/api/v1/files/" + sofa, helper.token()).status()).as("a helper who may take the open job")
                .isEqualTo(200);
        Account plumber = callout.provider("plumber");
        assertThat(callout.get("/api/v1/files/" + sofa, plumber.token()).status()).as("not their trade").isEqualTo(404);
        assertThat(callout.post("/api/v1/jobs/" + job + "/accept", helper.token(), null).status()).isEqualTo(200);
        assertThat(callout.get("/api/v1/files/" + sofa, callout.provider("moving_help").token()).status())
                .as("taken: the parties only").isEqualTo(404);
        assertThat(callout.get("/api/v1/files/" + sofa, helper.token()).status()).isEqualTo(200);

        Reply inUse = callout.send("DELETE", "/api/v1/files/" + sofa, seeker.token(), null);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.errorCode()).isEqualTo("FILE_IN_USE");
        Reply again = post(seeker, "900.00", List.of(sofa));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorFields()).containsKey("image_file_ids");
        Reply someoneElses = post(callout.customer(), "900.00", List.of(unpostedImage(seeker)));
        assertThat(someoneElses.status()).isEqualTo(400);
        assertThat(someoneElses.errorFields()).containsKey("image_file_ids");
    }

    @Test
    void helpersFilterTheOpenJobsNearThemByBudgetAndOnlyOpenOnesAreListed() {
        Account seeker = callout.customer();
        Account helper = callout.provider("moving_help");
        String cheap = post(seeker, "500.00", List.of()).get("id");
        String middle = post(seeker, "1500.00", List.of()).get("id");
        String dear = post(seeker, "3000.00", List.of()).get("id");
        String near = "/api/v1/jobs/nearby?lat=%s&lng=%s&radius_km=2".formatted(LAT, LNG);

        assertThat(ids(callout.get(near + "&min_budget=1000&max_budget=2000", helper.token()))).containsExactly(middle);
        assertThat(ids(callout.get(near + "&max_budget=1500", helper.token()))).containsExactlyInAnyOrder(cheap, middle);
        assertThat(ids(callout.get(near + "&min_budget=1500.00&status=requested", helper.token())))
                .containsExactlyInAnyOrder(middle, dear);

        for (String bad : List.of("&status=accepted", "&status=nonsense", "&min_budget=abc", "&min_budget=-1",
                "&min_budget=3000&max_budget=1000", "&max_budget=1e999999999")) {
            Reply refused = callout.get(near + bad, helper.token());
            assertThat(refused.status()).as(bad + " " + refused.text()).isEqualTo(400);
            assertThat(refused.errorCode()).as(bad).isNotBlank();
        }
    }

    private static List<Object> ids(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.data().stream().map(found -> TrustWorld.map(found.get("job")).get("id")).toList();
    }
}

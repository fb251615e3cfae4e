package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --profile chayenity --demo}: the Bangkok users sign in the document's way and take each other's gigs. */
@SuppressWarnings("unchecked")
class ChayenityDemoEndToEndTest {

    private static RunningCallout demo;

    @BeforeAll
    static void start() {
        demo = RunningCallout.start(Map.of("callout.profile", "chayenity", "callout.demo", "true"));
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static String login(String email) {
        Reply login = demo.send("POST", "/api/auth/login", null, "application/x-www-form-urlencoded",
                ("username=" + email + "&password=" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.get("access_token");
    }

    @Test
    void aDemoHelperFindsSomchaisGigsInBahtAndTakesOne() {
        String somchai = login("somchai@demo.chayenity.dev");
        Reply mine = demo.get("/api/gigs/my-gigs?role=seeker", somchai);
        assertThat(mine.status()).as(mine.text()).isEqualTo(200);
        List<Map<String, Object>> gigs = (List<Map<String, Object>>) mine.json().get("gigs");
        assertThat(gigs).extracting(gig -> gig.get("title")).containsExactlyInAnyOrder("Help move furniture", "Dog walking");
        assertThat(gigs).allSatisfy(gig -> assertThat(gig).containsEntry("status", "PENDING"));

        String nok = login("nok@demo.chayenity.dev");
        Reply search = demo.get("/api/gigs/search?latitude=13.7466&longitude=100.5393&radius=10", nok);
        List<Map<String, Object>> found = (List<Map<String, Object>>) search.json().get("gigs");
        assertThat(found).extracting(gig -> gig.get("title")).containsExactlyInAnyOrder("Help move furniture", "Dog walking");
        Map<String, Object> walk = found.stream().filter(gig -> gig.get("title").equals("Dog walking")).findFirst().orElseThrow();
        assertThat(((Number) walk.get("budget")).doubleValue()).isEqualTo(300.0);
        assertThat(demo.post("/api/gigs/" + walk.get("id") + "/accept", nok, null).status()).isEqualTo(200);

        Reply escrow = demo.post("/api/transactions/escrow", somchai,
                "{\"gig_id\": \"%s\", \"payment_method\": \"mock_payment\"}".formatted(walk.get("id")));
        assertThat(escrow.status()).as(escrow.text()).isEqualTo(201);
        assertThat(escrow.json()).containsEntry("currency", "THB").containsEntry("payee_name", "Nok Srisuk");
        assertThat(((Number) escrow.json().get("service_fee")).doubleValue()).isEqualTo(15.0);
    }
}

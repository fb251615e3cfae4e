package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Chayenity profile (seed 002) end to end on PostgreSQL, with the document's own requests: its
 * sign-up and sessions, profiles and helpers nearby, and a gig from posting to completion, each
 * answer in the document's shape, and every refusal in its error body, changing nothing.
 */
@SuppressWarnings("unchecked")
class ChayenityEndToEndTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TIME_PATTERN = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}";
    private static final String PASSWORD = "securepassword123";

    private static RunningCallout callout;

    @BeforeAll
    static void start() {
        callout = RunningCallout.start(Map.of("callout.profile", "chayenity"));
    }

    @AfterAll
    static void stop() {
        callout.close();
    }

    /** A user signed up and in the document's way (the email verified with its code in between). */
    record User(String id, String email, String access, String refresh) {
    }

    @Test
    void signUpAnswersTheDocumentsUserAndSignInGivesTheDocumentsTokens() {
        String email = "john-" + UUID.randomUUID() + "@example.com";
        Reply registered = callout.post("/api/auth/register", null, """
                {"email": "%s", "password": "securepassword123", "full_name": "John Doe", "contact_info": "phone:+1234567890"}"""
                .formatted(email));

        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.get("id")).matches(UUID_PATTERN);
        assertThat(registered.json()).containsEntry("email", email).containsEntry("full_name", "John Doe")
                .containsEntry("contact_info", "phone:+1234567890").containsEntry("address_text", null)
                .containsEntry("is_verified", false);
        assertThat(registered.json().get("reputation_score")).isInstanceOf(Number.class);
        assertThat(((Number) registered.json().get("reputation_score")).doubleValue()).isEqualTo(5.0);
        assertThat(registered.get("created_at")).matches(TIME_PATTERN);

        Reply again = callout.post("/api/auth/register", null, """
                {"email": "%s", "password": "securepassword123", "full_name": "John Again"}""".formatted(email));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json()).containsEntry("error_code", "EMAIL_ALREADY_EXISTS").containsKey("detail");

        callout.verify(email);
        Reply login = form("/api/auth/login", "username=" + email + "&password=" + PASSWORD);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.json()).containsEntry("token_type", "bearer").containsEntry("expires_in_minutes", 30)
                .containsKeys("access_token", "refresh_token");

        Reply me = callout.get("/api/auth/me", login.get("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("id", registered.get("id")).containsEntry("is_verified", true)
                .containsEntry("contact_info", "phone:+1234567890");

        Reply wrong = form("/api/auth/login", "username=" + email + "&password=not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json()).containsEntry("error_code", "INVALID_CREDENTIALS");
    }

    @Test
    void theRefreshTokenStaysTheSameAndOnlyWorksWithAnAccessTokenOfItsSession() {
        User john = signUp("John Seeker");
        User jane = signUp("Jane Helper");

        Reply missing = refresh(john.refresh(), null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).containsEntry("detail", "Missing X-Access-Token header");

        Reply mismatch = refresh(john.refresh(), jane.access());
        assertThat(mismatch.status()).isEqualTo(401);
        assertThat(mismatch.json()).containsEntry("error_code", "INVALID_TOKEN");

        Reply forged = refresh(john.refresh(), john.access().substring(0, john.access().length() - 2) + "xx");
        assertThat(forged.status()).isEqualTo(401);

        Reply first = refresh(john.refresh(), john.access());
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json()).containsOnlyKeys("access_token", "token_type", "expires_in_minutes")
                .containsEntry("token_type", "bearer");
        Reply second = refresh(john.refresh(), first.get("access_token"));
        assertThat(second.status()).as("the same refresh token works again, with the new access token").isEqualTo(200);
        assertThat(callout.get("/api/auth/me", second.get("access_token")).status()).isEqualTo(200);

        Reply logout = callout.post("/api/auth/logout", second.get("access_token"), null);
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.json()).containsEntry("message", "Successfully logged out");
        assertThat(refresh(john.refresh(), second.get("access_token")).status()).as("the session ended").isEqualTo(401);
        assertThat(callout.get("/api/auth/me", second.get("access_token")).status()).isEqualTo(401);
    }

    @Test
    void aHelperSetsLocationAndAvailabilityAndASeekerFindsThemNearby() {
        User seeker = signUp("John Seeker");
        User helper = signUp("Jane Helper");

        Reply updated = callout.send("PUT", "/api/users/me", helper.access(), """
                {"full_name": "Jane Smith", "contact_info": "phone:+1234567890,line:janesmith", "address_text": "456 New Street, Bangkok"}""");
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("full_name", "Jane Smith").containsEntry("address_text", "456 New Street, Bangkok");

        Reply located = callout.send("PUT", "/api/users/location", helper.access(), """
                {"latitude": 13.7563, "longitude": 100.5018, "address_text": "Central World, Bangkok"}""");
        assertThat(located.status()).as(located.text()).isEqualTo(200);
        assertThat(located.json()).containsEntry("has_location", true).containsEntry("address_text", "Central World, Bangkok")
                .containsEntry("is_available", false);

        Reply available = callout.send("PUT", "/api/users/availability", helper.access(), "{\"is_available\": true}");
        assertThat(available.status()).isEqualTo(200);
        assertThat(available.json()).containsEntry("is_available", true).containsEntry("total_reviews", 0);

        Reply nearby = callout.get("/api/users/nearby?latitude=13.7600&longitude=100.5018&radius=10&only_available=true",
                seeker.access());
        assertThat(nearby.status()).as(nearby.text()).isEqualTo(200);
        List<Map<String, Object>> helpers = list(nearby);
        assertThat(helpers).anySatisfy(found -> {
            assertThat(found).containsEntry("id", helper.id()).containsEntry("full_name", "Jane Smith")
                    .containsEntry("is_available", true);
            assertThat(((Number) found.get("distance_km")).doubleValue()).isBetween(0.3, 0.5);
        });

        Reply far = callout.get("/api/users/nearby?latitude=14.5995&longitude=120.9842", seeker.access());
        assertThat(list(far)).noneSatisfy(found -> assertThat(found).containsEntry("id", helper.id()));

        Reply offline = callout.send("PUT", "/api/users/availability", helper.access(), "{\"is_available\": false}");
        assertThat(offline.json()).containsEntry("is_available", false);
        assertThat(list(callout.get("/api/users/nearby?latitude=13.7600&longitude=100.5018", seeker.access())))
                .noneSatisfy(found -> assertThat(found).containsEntry("id", helper.id()));
    }

    @Test
    void aGigGoesFromPostingThroughAcceptanceToCompletion() {
        User seeker = signUp("John Seeker");
        User helper = signUp("Jane Helper");
        User late = signUp("Late Helper");

        Reply photo = multipart("/api/upload/gig", seeker.access(), "file", "gig-photo1.png", TrustWorld.png());
        assertThat(photo.status()).as(photo.text()).isEqualTo(201);
        assertThat(photo.get("url")).isEqualTo("/api/upload/" + photo.get("file_id"));

        String startsAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)
                .toLocalDateTime().toString();
        Reply created = callout.post("/api/gigs/", seeker.access(), """
                {"title": "Help move furniture",
                 "description": "Need help moving a sofa and dining table to new apartment",
                 "duration_hours": 3, "budget": 1500.0, "latitude": 13.7563, "longitude": 100.5018,
                 "address_text": "123 Main St, Bangkok", "starts_at": "%s",
                 "image_urls": ["http://localhost:8000%s"]}""".formatted(startsAt, photo.get("url")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String gigId = created.get("id");
        assertThat(gigId).matches(UUID_PATTERN);
        assertThat(created.json()).containsEntry("status", "PENDING").containsEntry("seeker_id", seeker.id())
                .containsEntry("helper_id", null).containsEntry("duration_hours", 3).containsEntry("starts_at", startsAt)
                .containsEntry("address_text", "123 Main St, Bangkok").containsEntry("completed_at", null)
                .containsEntry("image_urls", List.of(photo.get("url")));
        assertThat(((Number) created.json().get("budget")).doubleValue()).isEqualTo(1500.0);

        Reply search = callout.get("/api/gigs/search?latitude=13.7563&longitude=100.5018&radius=5&status=PENDING&min_budget=500&limit=10",
                helper.access());
        assertThat(search.status()).as(search.text()).isEqualTo(200);
        assertThat(gigs(search)).anySatisfy(gig -> assertThat(gig).containsEntry("id", gigId).containsKey("distance_km"));
        assertThat(search.json()).containsKeys("total_count", "has_more");
        assertThat(gigs(callout.get("/api/gigs/search?latitude=13.7563&longitude=100.5018&min_budget=2000", helper.access())))
                .noneSatisfy(gig -> assertThat(gig).containsEntry("id", gigId));
        assertThat(gigs(callout.get("/api/gigs/search?latitude=13.7563&longitude=100.5018", seeker.access())))
                .as("a seeker's own gigs are not offered to them").noneSatisfy(gig -> assertThat(gig).containsEntry("id", gigId));

        Reply own = callout.post("/api/gigs/" + gigId + "/accept", seeker.access(), null);
        assertThat(own.status()).isEqualTo(403);

        Reply accepted = callout.post("/api/gigs/" + gigId + "/accept", helper.access(), null);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json()).containsEntry("message", "Gig accepted successfully");
        assertThat(accepted.json().get("gig")).isEqualTo(Map.of("id", gigId, "status", "ACCEPTED", "helper_id", helper.id(),
                "updated_at", ((Map<?, ?>) accepted.json().get("gig")).get("updated_at")));

        Reply taken = callout.post("/api/gigs/" + gigId + "/accept", late.access(), null);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json()).containsEntry("error_code", "GIG_ALREADY_ACCEPTED");

        Reply byTheSeeker = callout.send("PUT", "/api/gigs/" + gigId + "/status", seeker.access(), "{\"status\": \"IN_PROGRESS\"}");
        assertThat(byTheSeeker.status()).isEqualTo(403);
        Reply started = callout.send("PUT", "/api/gigs/" + gigId + "/status", helper.access(), "{\"status\": \"IN_PROGRESS\"}");
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        assertThat(started.json()).containsEntry("status", "IN_PROGRESS");
        Reply backwards = callout.send("PUT", "/api/gigs/" + gigId + "/status", helper.access(), "{\"status\": \"PENDING\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json()).containsEntry("error_code", "INVALID_STATUS_TRANSITION");
        Reply completed = callout.send("PUT", "/api/gigs/" + gigId + "/status", helper.access(), "{\"status\": \"COMPLETED\"}");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json()).containsEntry("status", "COMPLETED");
        assertThat(completed.get("completed_at")).matches(TIME_PATTERN);

        Reply details = callout.get("/api/gigs/" + gigId, seeker.access());
        assertThat(details.json()).containsEntry("status", "COMPLETED").containsEntry("helper_id", helper.id());
        assertThat(gigs(callout.get("/api/gigs/my-gigs?role=seeker", seeker.access())))
                .extracting(gig -> gig.get("id")).contains(gigId);
        assertThat(gigs(callout.get("/api/gigs/my-gigs?role=helper&status=COMPLETED", helper.access())))
                .extracting(gig -> gig.get("id")).containsExactly(gigId);
        assertThat(gigs(callout.get("/api/gigs/my-gigs?role=seeker", helper.access()))).isEmpty();
        assertThat(gigs(callout.get("/api/gigs/my-gigs", helper.access()))).extracting(gig -> gig.get("id")).containsExactly(gigId);
        assertThat(callout.get("/api/gigs/" + gigId, late.access()).status()).as("not a party").isEqualTo(404);
    }

    @Test
    void aRoomOpensWhenAHelperTakesTheGigAndCarriesTheirMessages() {
        User seeker = signUp("John Seeker");
        User helper = signUp("Jane Helper");
        User stranger = signUp("Nosy Stranger");
        String gigId = postGig(seeker, "Help move furniture").get("id");
        assertThat(rooms(seeker)).noneSatisfy(room -> assertThat(room).containsEntry("id", gigId));
        assertThat(callout.post("/api/chat/rooms/" + gigId + "/messages", seeker.access(), "{\"content\": \"anyone?\"}").status())
                .as("nobody to talk to yet").isEqualTo(400);
        assertThat(callout.post("/api/gigs/" + gigId + "/accept", helper.access(), null).status()).isEqualTo(200);

        Reply sent = callout.post("/api/chat/rooms/" + gigId + "/messages", helper.access(), """
                {"content": "I can help you move at 2 PM", "image_url": null}""");
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        assertThat(sent.json()).containsEntry("content", "I can help you move at 2 PM").containsEntry("sender_id", helper.id())
                .containsEntry("sender_name", "Jane Helper").containsEntry("image_url", null).containsEntry("is_read", false);
        assertThat(callout.post("/api/chat/rooms/" + gigId + "/messages", helper.access(), "{\"content\": \"Perfect!\"}").status())
                .isEqualTo(201);

        Map<String, Object> room = rooms(seeker).stream().filter(found -> gigId.equals(found.get("id"))).findFirst().orElseThrow();
        assertThat(room).containsEntry("gig_id", gigId).containsEntry("gig_title", "Help move furniture")
                .containsEntry("last_message", "Perfect!").containsEntry("unread_count", 2).containsEntry("is_active", true);
        assertThat((List<Map<String, Object>>) room.get("participants")).extracting(party -> party.get("full_name"))
                .containsExactly("John Seeker", "Jane Helper");

        Reply history = callout.get("/api/chat/rooms/" + gigId + "/messages", seeker.access());
        assertThat(history.status()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) history.json().get("messages")).extracting(message -> message.get("content"))
                .as("oldest first").containsExactly("I can help you move at 2 PM", "Perfect!");
        assertThat(history.json()).containsEntry("total_count", 2)
                .containsEntry("room_info", Map.of("id", gigId, "gig_title", "Help move furniture"));

        Reply read = callout.send("PUT", "/api/chat/rooms/" + gigId + "/read", seeker.access(), null);
        assertThat(read.json()).isEqualTo(Map.of("message", "Messages marked as read", "updated_count", 2));
        assertThat(rooms(seeker).stream().filter(found -> gigId.equals(found.get("id"))).findFirst().orElseThrow())
                .containsEntry("unread_count", 0);

        assertThat(callout.get("/api/chat/rooms/" + gigId + "/messages", stranger.access()).status()).isEqualTo(404);
        assertThat(callout.post("/api/chat/rooms/" + gigId + "/messages", stranger.access(), "{\"content\": \"hi\"}").status())
                .isEqualTo(404);
        assertThat(callout.send("PUT", "/api/chat/rooms/" + gigId + "/read", stranger.access(), null).status()).isEqualTo(404);
        Reply empty = callout.post("/api/chat/rooms/" + gigId + "/messages", helper.access(), "{\"content\": \"  \"}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(callout.get("/api/chat/rooms/" + gigId + "/messages", seeker.access()).json()).containsEntry("total_count", 2);
    }

    @Test
    void theRoomSocketCarriesMessagesTypingAndComingsAndGoingsToTheGigsTwoPartiesOnly() {
        User seeker = signUp("John Seeker");
        User helper = signUp("Jane Helper");
        User stranger = signUp("Nosy Stranger");
        String gigId = postGig(seeker, "Help move furniture").get("id");
        try (SocketProbe early = room(gigId, "?token=" + seeker.access())) {
            assertThat(early.awaitClose(SocketProbe.WAIT).code()).as("no helper yet: no room").isEqualTo(1008);
        }
        assertThat(callout.post("/api/gigs/" + gigId + "/accept", helper.access(), null).status()).isEqualTo(200);

        for (String refused : List.of("?token=" + stranger.access(), "?token=not-a-token", "")) {
            try (SocketProbe outsider = room(gigId, refused)) {
                assertThat(outsider.awaitClose(SocketProbe.WAIT).code()).as(refused).isEqualTo(1008);
                assertThat(outsider.seen()).isEmpty();
            }
        }
        try (SocketProbe seekerSocket = room(gigId, "?token=" + seeker.access())) {
            SocketProbe helperSocket = room(gigId, "?token=" + helper.access());
            assertThat(seekerSocket.await("user_joined").data()).containsEntry("user_id", helper.id())
                    .containsEntry("user_name", "Jane Helper").containsKey("timestamp");

            helperSocket.sendRaw("{\"type\": \"send_message\", \"content\": \"Hello via WebSocket!\", \"image_url\": null}");
            for (SocketProbe party : List.of(seekerSocket, helperSocket)) {
                Map<String, Object> message = party.await("message").data();
                assertThat(message).containsEntry("content", "Hello via WebSocket!").containsEntry("sender_id", helper.id())
                        .containsEntry("sender_name", "Jane Helper").containsEntry("image_url", null);
                assertThat((String) message.get("id")).matches(UUID_PATTERN);
                assertThat((String) message.get("created_at")).matches(TIME_PATTERN);
            }
            assertThat((List<Map<String, Object>>) callout.get("/api/chat/rooms/" + gigId + "/messages", seeker.access())
                    .json().get("messages")).extracting(message -> message.get("content")).containsExactly("Hello via WebSocket!");

            seekerSocket.sendRaw("{\"type\": \"typing\", \"is_typing\": true}");
            assertThat(helperSocket.await("typing").data()).isEqualTo(Map.of("user_id", seeker.id(), "user_name", "John Seeker",
                    "is_typing", true));

            seekerSocket.sendRaw("{\"type\": \"send_message\", \"content\": 42}");
            assertThat(seekerSocket.await("error").data()).containsEntry("error_code", "VALIDATION_ERROR");
            seekerSocket.sendRaw("not json");
            assertThat(seekerSocket.await("error").data()).containsEntry("error_code", "VALIDATION_ERROR");

            helperSocket.close();
            assertThat(seekerSocket.await("user_left").data()).containsEntry("user_id", helper.id())
                    .containsEntry("user_name", "Jane Helper");
            assertThat(callout.get("/api/chat/rooms/" + gigId + "/messages", seeker.access()).json()).containsEntry("total_count", 1);

            assertThat(callout.post("/api/auth/logout", seeker.access(), null).status()).isEqualTo(200);
            assertThat(seekerSocket.awaitClose(SocketProbe.WAIT).code()).as("signed out: the socket ends").isEqualTo(1008);
        }
    }

    @Test
    void reviewsOfACompletedGigAreVisibleAtOnceWithTheirAverageAndDistribution() {
        User seeker = signUp("John Seeker");
        User helper = signUp("Jane Helper");
        User stranger = signUp("Nosy Stranger");
        String underway = postGig(seeker, "Still underway").get("id");
        assertThat(callout.post("/api/gigs/" + underway + "/accept", helper.access(), null).status()).isEqualTo(200);
        String gigId = completedGig(seeker, helper, "Help move furniture");

        Reply early = callout.post("/api/reviews", seeker.access(), review(underway, helper, 5, "Too soon"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json()).containsEntry("error_code", "GIG_NOT_COMPLETED");
        assertThat(callout.post("/api/reviews", stranger.access(), review(gigId, helper, 1, "Never met")).status())
                .as("not a party").isEqualTo(404);
        Reply wrongPerson = callout.post("/api/reviews", seeker.access(), review(gigId, stranger, 5, "Who?"));
        assertThat(wrongPerson.status()).isEqualTo(422);
        assertThat(fieldErrors(wrongPerson)).containsKey("reviewee_id");
        Reply sixStars = callout.post("/api/reviews", seeker.access(), review(gigId, helper, 6, "Off the scale"));
        assertThat(sixStars.status()).isEqualTo(422);
        assertThat(fieldErrors(sixStars)).containsKey("rating");

        Reply written = callout.post("/api/reviews", seeker.access(), """
                {"gig_id": "%s", "reviewee_id": "%s", "rating": 5,
                 "comment": "Excellent work! Very professional and on time."}""".formatted(gigId, helper.id()));
        assertThat(written.status()).as(written.text()).isEqualTo(201);
        assertThat(written.get("id")).matches(UUID_PATTERN);
        assertThat(written.json()).containsEntry("gig_id", gigId).containsEntry("reviewer_id", seeker.id())
                .containsEntry("reviewee_id", helper.id()).containsEntry("rating", 5)
                .containsEntry("comment", "Excellent work! Very professional and on time.")
                .containsEntry("reviewer_name", "John Seeker").containsEntry("reviewee_name", "Jane Helper")
                .containsEntry("gig_title", "Help move furniture");
        assertThat(written.get("created_at")).matches(TIME_PATTERN);
        Reply twice = callout.post("/api/reviews", seeker.access(), review(gigId, helper, 1, "Again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json()).containsEntry("error_code", "REVIEW_ALREADY_EXISTS");

        Reply about = callout.get("/api/reviews/user/" + helper.id(), stranger.access());
        assertThat(about.status()).as(about.text()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) about.json().get("reviews")).singleElement().satisfies(found -> assertThat(found)
                .containsEntry("id", written.get("id")).containsEntry("rating", 5).containsEntry("reviewer_name", "John Seeker"));
        assertThat(about.json()).containsEntry("total_count", 1)
                .containsEntry("rating_distribution", Map.of("5", 1, "4", 0, "3", 0, "2", 0, "1", 0));
        assertThat(((Number) about.json().get("average_rating")).doubleValue()).isEqualTo(5.0);

        String answer = callout.post("/api/reviews", helper.access(), review(gigId, seeker, 3, "Heavy sofa, no lift")).get("id");
        Reply notMine = callout.send("PUT", "/api/reviews/" + answer, seeker.access(), "{\"rating\": 1, \"comment\": \"Spite\"}");
        assertThat(notMine.status()).isEqualTo(403);
        assertThat(notMine.json()).containsEntry("error_code", "INSUFFICIENT_PERMISSIONS");
        Reply updated = callout.send("PUT", "/api/reviews/" + written.get("id"), seeker.access(), """
                {"rating": 4, "comment": "Good work, but arrived 15 minutes late."}""");
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("rating", 4).containsEntry("comment", "Good work, but arrived 15 minutes late.");
        assertThat(((Number) callout.get("/api/reviews/user/" + helper.id(), seeker.access()).json().get("average_rating"))
                .doubleValue()).isEqualTo(4.0);
        Reply mine = callout.get("/api/reviews/my-reviews", helper.access());
        assertThat(mine.json()).containsEntry("total_count", 1)
                .containsEntry("rating_distribution", Map.of("5", 0, "4", 0, "3", 1, "2", 0, "1", 0));

        assertThat(callout.send("DELETE", "/api/reviews/" + answer, seeker.access(), null).status()).isEqualTo(403);
        assertThat(callout.send("DELETE", "/api/reviews/" + answer, helper.access(), null).status()).isEqualTo(204);
        assertThat(callout.get("/api/reviews/user/" + seeker.id(), helper.access()).json()).containsEntry("total_count", 0);
        assertThat(callout.send("DELETE", "/api/reviews/" + UUID.randomUUID(), helper.access(), null).status()).isEqualTo(404);
        assertThat(callout.get("/api/reviews/user/" + UUID.randomUUID(), helper.access()).status()).isEqualTo(404);
    }

    @Test
    void escrowHoldsTheBudgetAndReleasesItToTheHelperLessTheFivePercentServiceFee() {
        User seeker = signUp("John Seeker");
        User helper = signUp("Jane Helper");
        Reply posted = callout.post("/api/gigs/", seeker.access(), """
                {"title": "Help move furniture", "description": "Sofa and table", "duration_hours": 3, "budget": 1500.0,
                 "latitude": 13.7563, "longitude": 100.5018, "address_text": "123 Main St, Bangkok"}""");
        String gigId = posted.get("id");
        String escrow = "{\"gig_id\": \"%s\", \"payment_method\": \"mock_payment\"}".formatted(gigId);
        Reply untaken = callout.post("/api/transactions/escrow", seeker.access(), escrow);
        assertThat(untaken.status()).as(untaken.text()).isEqualTo(400);
        assertThat(untaken.json()).containsEntry("error_code", "GIG_NOT_PAYABLE");
        assertThat(callout.post("/api/gigs/" + gigId + "/accept", helper.access(), null).status()).isEqualTo(200);
        assertThat(callout.post("/api/transactions/escrow", helper.access(), escrow).status()).as("the helper pays nothing")
                .isEqualTo(403);
        Reply otherMethod = callout.post("/api/transactions/escrow", seeker.access(),
                "{\"gig_id\": \"%s\", \"payment_method\": \"bitcoin\"}".formatted(gigId));
        assertThat(otherMethod.status()).isEqualTo(422);
        assertThat(fieldErrors(otherMethod)).containsKey("payment_method");

        Reply held = callout.post("/api/transactions/escrow", seeker.access(), escrow);
        assertThat(held.status()).as(held.text()).isEqualTo(201);
        String transactionId = held.get("id");
        assertThat(transactionId).matches(UUID_PATTERN);
        assertThat(held.json()).containsEntry("gig_id", gigId).containsEntry("payer_id", seeker.id())
                .containsEntry("payee_id", helper.id()).containsEntry("currency", "THB").containsEntry("status", "PENDING")
                .containsEntry("payment_method", "mock_payment").containsEntry("completed_at", null)
                .containsEntry("gig_title", "Help move furniture").containsEntry("payer_name", "John Seeker")
                .containsEntry("payee_name", "Jane Helper");
        assertThat(amounts(held.json())).containsExactly(1500.0, 75.0, 1425.0);
        assertThat(held.get("transaction_ref")).startsWith("TXN-");
        Reply again = callout.post("/api/transactions/escrow", seeker.access(), escrow);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json()).containsEntry("error_code", "TRANSACTION_ALREADY_EXISTS");

        String release = "/api/transactions/" + transactionId + "/release";
        String reason = "{\"release_reason\": \"Gig completed successfully\"}";
        Reply byHelper = callout.send("PUT", release, helper.access(), reason);
        assertThat(byHelper.status()).isEqualTo(403);
        assertThat(byHelper.json()).containsEntry("error_code", "INSUFFICIENT_PERMISSIONS");
        finish(gigId, helper);
        Reply released = callout.send("PUT", release, seeker.access(), reason);
        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.json()).containsEntry("message", "Payment released successfully");
        Map<String, Object> transaction = (Map<String, Object>) released.json().get("transaction");
        assertThat(transaction).containsEntry("id", transactionId).containsEntry("status", "COMPLETED");
        assertThat((String) transaction.get("completed_at")).matches(TIME_PATTERN);
        assertThat(((Number) transaction.get("net_amount")).doubleValue()).isEqualTo(1425.0);
        Reply twice = callout.send("PUT", release, seeker.access(), reason);
        assertThat(twice.status()).as(twice.text()).isEqualTo(400);
        assertThat(twice.json()).containsEntry("error_code", "TRANSACTION_NOT_PENDING");

        Reply paid = callout.get("/api/transactions/history/my", seeker.access());
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) paid.json().get("transactions")).singleElement().satisfies(found -> {
            assertThat(found).containsEntry("id", transactionId).containsEntry("status", "COMPLETED").containsEntry("currency", "THB");
            assertThat(amounts(found)).containsExactly(1500.0, 75.0, 1425.0);
        });
        assertThat(paid.json()).containsEntry("total_count", 1).containsEntry("currency", "THB");
        assertThat(((Number) paid.json().get("total_paid")).doubleValue()).isEqualTo(1500.0);
        Reply received = callout.get("/api/transactions/history/my", helper.access());
        assertThat(((Number) received.json().get("total_received")).doubleValue()).isEqualTo(1425.0);
        assertThat(callout.get("/api/transactions/history/my", signUp("Nobody").access()).json()).containsEntry("total_count", 0);
        assertThat(callout.send("PUT", "/api/transactions/" + UUID.randomUUID() + "/release", seeker.access(), reason).status())
                .isEqualTo(404);
    }

    @Test
    void theServiceFeeIsFivePercentInThbComputedExactly() {
        User seeker = signUp("Fee Seeker");
        Reply fee = callout.post("/api/transactions/calculate-fee", seeker.access(), "{\"base_amount\": 1500.0}");
        assertThat(fee.status()).as(fee.text()).isEqualTo(200);
        assertThat(fee.json()).containsEntry("currency", "THB");
        assertThat(((Number) fee.json().get("service_fee_rate")).doubleValue()).isEqualTo(0.05);
        assertThat(List.of(fee.json().get("base_amount"), fee.json().get("service_fee_amount"), fee.json().get("net_amount")))
                .extracting(amount -> ((Number) amount).doubleValue()).containsExactly(1500.0, 75.0, 1425.0);
        Reply odd = callout.post("/api/transactions/calculate-fee", seeker.access(), "{\"base_amount\": 0.1}");
        assertThat(odd.text()).as("half a satang rounds up, net is the rest").contains("\"service_fee_amount\":0.01")
                .contains("\"net_amount\":0.09");
        for (String bad : List.of("{\"base_amount\": \"a lot\"}", "{\"base_amount\": 100.001}", "{}", "{\"base_amount\": ")) {
            Reply refused = callout.post("/api/transactions/calculate-fee", seeker.access(), bad);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.json()).containsKeys("detail", "error_code", "field_errors");
        }
        assertThat(callout.post("/api/transactions/calculate-fee", null, "{\"base_amount\": 1500.0}").status()).isEqualTo(401);
    }

    @Test
    void theProfileRunsTheCoresRulesWithThePoliciesItsDocumentImplies() {
        assertThat(callout.context.getBean(DispatchSettings.class).isUntakenJobsExpire()).as("gigs stay open").isFalse();
        assertThat(callout.context.getBean(TrustSettings.class).isReviewsDoubleBlind()).as("reviews show at once").isFalse();
        assertThat(callout.context.getBean(JobSettings.class).isAccountsPostAndTake()).isTrue();
        assertThat(callout.context.getBean(AccountSettings.class).isRefreshTokenRotation()).isFalse();
    }

    private static SocketProbe room(String roomId, String query) {
        return SocketProbe.connectTo(callout.server.getURL().toString(), "/ws/chat/" + roomId + query,
                callout.context.getBean(JsonMapper.class));
    }

    private static List<Double> amounts(Map<String, Object> transaction) {
        return List.of("amount", "service_fee", "net_amount").stream()
                .map(field -> ((Number) transaction.get(field)).doubleValue()).toList();
    }

    private static String review(String gigId, User reviewee, int rating, String comment) {
        return "{\"gig_id\": \"%s\", \"reviewee_id\": \"%s\", \"rating\": %d, \"comment\": \"%s\"}"
                .formatted(gigId, reviewee.id(), rating, comment);
    }

    /** A gig of the seeker's, taken by the helper and completed. */
    private static String completedGig(User seeker, User helper, String title) {
        String gigId = postGig(seeker, title).get("id");
        assertThat(callout.post("/api/gigs/" + gigId + "/accept", helper.access(), null).status()).isEqualTo(200);
        finish(gigId, helper);
        return gigId;
    }

    /** The helper starts and completes the gig they took. */
    private static void finish(String gigId, User helper) {
        for (String status : List.of("IN_PROGRESS", "COMPLETED")) {
            Reply moved = callout.send("PUT", "/api/gigs/" + gigId + "/status", helper.access(), "{\"status\": \"" + status + "\"}");
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
    }

    private static List<Map<String, Object>> rooms(User user) {
        Reply rooms = callout.get("/api/chat/rooms", user.access());
        assertThat(rooms.status()).as(rooms.text()).isEqualTo(200);
        assertThat(rooms.json()).containsKey("total_count");
        return (List<Map<String, Object>>) rooms.json().get("rooms");
    }

    @Test
    void buddiesAreKeptWithANoteAndTheAvailableOnesListedApart() {
        User john = signUp("John Seeker");
        User jane = signUp("Jane Helper");
        User other = signUp("Other Seeker");

        Reply added = callout.post("/api/buddies", john.access(), """
                {"buddy_user_id": "%s", "notes": "Great helper, very reliable"}""".formatted(jane.id()));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.get("id")).matches(UUID_PATTERN);
        assertThat(added.json()).containsEntry("buddy_user_id", jane.id()).containsEntry("notes", "Great helper, very reliable");
        assertThat((Map<String, Object>) added.json().get("buddy_info")).containsEntry("id", jane.id())
                .containsEntry("full_name", "Jane Helper").containsEntry("total_reviews", 0);

        assertThat(callout.post("/api/buddies", john.access(), "{\"buddy_user_id\": \"%s\"}".formatted(jane.id())).status())
                .isEqualTo(409);
        assertThat(callout.post("/api/buddies", john.access(), "{\"buddy_user_id\": \"%s\"}".formatted(john.id())).status())
                .as("not oneself").isEqualTo(404);
        assertThat(callout.post("/api/buddies", john.access(), "{\"buddy_user_id\": \"%s\"}".formatted(UUID.randomUUID()))
                .status()).isEqualTo(404);

        Reply all = callout.get("/api/buddies", john.access());
        assertThat(all.json()).containsEntry("total_count", 1);
        assertThat(callout.get("/api/buddies/available", john.access()).json()).containsEntry("total_count", 0);
        callout.send("PUT", "/api/users/location", jane.access(), "{\"latitude\": 13.75, \"longitude\": 100.5}");
        callout.send("PUT", "/api/users/availability", jane.access(), "{\"is_available\": true}");
        Reply available = callout.get("/api/buddies/available", john.access());
        assertThat((List<Map<String, Object>>) available.json().get("buddies")).singleElement()
                .satisfies(buddy -> assertThat((Map<String, Object>) buddy.get("buddy_info")).containsEntry("is_available", true));

        assertThat(callout.send("DELETE", "/api/buddies/" + added.get("id"), other.access(), null).status()).isEqualTo(404);
        assertThat(callout.send("DELETE", "/api/buddies/" + added.get("id"), john.access(), null).status()).isEqualTo(204);
        assertThat(callout.get("/api/buddies", john.access()).json()).containsEntry("total_count", 0);
    }

    @Test
    void myGigsPagesWithSkipAndLimit() {
        User seeker = signUp("Paging Seeker");
        for (int i = 0; i < 5; i++) {
            assertThat(postGig(seeker, "Gig " + i).status()).isEqualTo(201);
        }
        Reply page = callout.get("/api/gigs/my-gigs?role=seeker&skip=1&limit=3", seeker.access());
        assertThat(page.json()).containsEntry("total_count", 5).containsEntry("has_more", true);
        assertThat(gigs(page)).extracting(gig -> gig.get("title")).containsExactly("Gig 3", "Gig 2", "Gig 1");
        Reply last = callout.get("/api/gigs/my-gigs?role=seeker&skip=3&limit=3", seeker.access());
        assertThat(last.json()).containsEntry("has_more", false);
        assertThat(gigs(last)).extracting(gig -> gig.get("title")).containsExactly("Gig 1", "Gig 0");
    }

    @Test
    void uploadsBecomeTheProfileImageAndAreServedListedAndDeleted() {
        User john = signUp("John Seeker");
        User jane = signUp("Jane Helper");
        byte[] png = TrustWorld.png();

        Reply uploaded = multipart("/api/upload/profile", john.access(), "file", "my-photo.png", png);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(uploaded.json()).containsEntry("original_filename", "my-photo.png").containsEntry("content_type", "image/png");
        assertThat(uploaded.get("uploaded_at")).matches(TIME_PATTERN);
        assertThat(callout.get("/api/users/profile", john.access()).json()).containsEntry("profile_image_url", uploaded.get("url"));

        Reply served = callout.get(uploaded.get("url"), jane.access());
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.raw().headers().firstValue("Content-Type")).hasValue("image/png");

        Reply mine = callout.get("/api/upload/my-files/?category=profile", john.access());
        assertThat(list(mine)).extracting(file -> file.get("file_id")).containsExactly(uploaded.get("file_id"));
        assertThat(list(callout.get("/api/upload/my-files/?category=gig", john.access()))).isEmpty();

        assertThat(callout.send("DELETE", uploaded.get("url"), jane.access(), null).status()).as("not hers").isEqualTo(404);
        assertThat(callout.send("DELETE", uploaded.get("url"), john.access(), null).status()).as("his picture").isEqualTo(409);
        Reply gigImage = multipart("/api/upload/gig", john.access(), "file", "sofa.png", png);
        assertThat(callout.send("DELETE", gigImage.get("url"), john.access(), null).status()).isEqualTo(204);
        assertThat(callout.get(gigImage.get("url"), john.access()).status()).isEqualTo(404);

        Reply notAnImage = multipart("/api/upload/profile", john.access(), "file", "evil.png", "MZ not an image".getBytes(StandardCharsets.UTF_8));
        assertThat(notAnImage.status()).isEqualTo(415);
        assertThat(notAnImage.json()).containsEntry("error_code", "INVALID_FILE_TYPE");
    }

    @Test
    void badRequestsGetChayenitysErrorBodyAndChangeNothing() {
        User seeker = signUp("Careful Seeker");

        Reply malformed = callout.post("/api/gigs/", seeker.access(), "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json()).containsKeys("detail", "error_code", "field_errors").doesNotContainKey("error");
        assertThat(malformed.json()).containsEntry("error_code", "VALIDATION_ERROR");

        Reply wrongType = callout.post("/api/gigs/", seeker.access(), """
                {"title": "Help", "budget": "a lot", "latitude": 13.7, "longitude": 100.5}""");
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().get("field_errors")).isInstanceOf(Map.class);
        assertThat(fieldErrors(wrongType)).containsKey("budget");

        Reply noPlace = callout.post("/api/gigs/", seeker.access(), "{\"title\": \"Help\", \"budget\": 100}");
        assertThat(noPlace.status()).isEqualTo(422);
        assertThat(fieldErrors(noPlace)).containsKey("latitude");

        Reply longTitle = callout.post("/api/gigs/", seeker.access(), """
                {"title": "%s", "budget": 100, "latitude": 13.7, "longitude": 100.5}""".formatted("x".repeat(500)));
        assertThat(longTitle.status()).isEqualTo(422);
        assertThat(fieldErrors(longTitle)).containsKey("title");

        Reply fractionOfASatang = callout.post("/api/gigs/", seeker.access(), """
                {"title": "Help", "budget": 100.001, "latitude": 13.7, "longitude": 100.5}""");
        assertThat(fractionOfASatang.status()).isEqualTo(422);
        assertThat(fieldErrors(fractionOfASatang)).containsKey("budget");

        Reply past = callout.post("/api/gigs/", seeker.access(), """
                {"title": "Help", "budget": 100, "latitude": 13.7, "longitude": 100.5, "starts_at": "2025-10-01T14:00:00"}""");
        assertThat(past.status()).isEqualTo(422);
        assertThat(fieldErrors(past)).containsKey("starts_at");

        Reply foreignImage = callout.post("/api/gigs/", seeker.access(), """
                {"title": "Help", "budget": 100, "latitude": 13.7, "longitude": 100.5,
                 "image_urls": ["http://localhost:8000/api/upload/gig-photo1.jpg"]}""");
        assertThat(foreignImage.status()).isEqualTo(422);

        assertThat(callout.get("/api/gigs/my-gigs", seeker.access()).json()).containsEntry("total_count", 0);

        Reply anonymous = callout.get("/api/gigs/my-gigs", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).containsEntry("error_code", "NOT_AUTHENTICATED").containsKey("detail");

        Reply unknown = callout.get("/api/gigs/" + UUID.randomUUID(), seeker.access());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).containsEntry("error_code", "RESOURCE_NOT_FOUND");
        assertThat(callout.get("/api/gigs/not-a-uuid", seeker.access()).status()).isEqualTo(404);
        assertThat(callout.get("/api/gigs/my-gigs?role=boss", seeker.access()).status()).isEqualTo(422);
        assertThat(callout.get("/api/gigs/my-gigs?limit=1000", seeker.access()).status()).isEqualTo(422);
        assertThat(callout.get("/api/gigs/search?latitude=13.7", seeker.access()).status()).isEqualTo(422);
        assertThat(callout.get("/api/gigs/search?latitude=95&longitude=100", seeker.access()).status()).isEqualTo(422);

        Reply badLocation = callout.send("PUT", "/api/users/location", seeker.access(), "{\"latitude\": 91, \"longitude\": 100}");
        assertThat(badLocation.status()).isEqualTo(422);
        assertThat(fieldErrors(badLocation)).containsKey("latitude");
        assertThat(callout.get("/api/users/profile", seeker.access()).json()).containsEntry("has_location", false);

        Reply canonical = callout.get("/api/v1/jobs", null);
        assertThat(canonical.status()).isEqualTo(401);
        assertThat(canonical.json()).containsKey("error").doesNotContainKey("error_code");
    }

    /**
     * The document's React/TypeScript ApiClient, unchanged but for API_BASE, under Node: login with
     * FormData, createGig (automatic bearer), refreshAccessToken twice (the stored refresh token
     * keeps working) and uploadProfileImage (its FormData under the client's JSON Content-Type).
     */
    @Test
    void theDocumentsTypeScriptClientRunsAgainstTheServer() {
        String email = "ts-client-" + UUID.randomUUID() + "@example.com";
        assertThat(callout.post("/api/auth/register", null, """
                {"email": "%s", "password": "%s", "full_name": "Type Script"}""".formatted(email, PASSWORD)).status()).isEqualTo(201);
        callout.verify(email);

        NodeProgram.Outcome run = NodeProgram.named("chayenity").run("--import", List.of("tsx", "main.ts"),
                Map.of("API_BASE", callout.server.getURL() + "/api", "EMAIL", email, "PASSWORD", PASSWORD), Duration.ofMinutes(2));

        assertThat(run.exitCode()).as(run.output()).isZero();
        Map<String, Object> steps = new java.util.HashMap<>();
        run.output().lines().filter(line -> line.startsWith("{")).map(ChayenityEndToEndTest::parse)
                .forEach(step -> steps.put((String) step.get("step"), step.get("value")));
        assertThat(steps).as(run.output()).containsKeys("login", "createGig", "refreshAccessToken", "refreshAccessTokenAgain",
                "createGigAfterRefresh", "uploadProfileImage");
        assertThat((Map<String, Object>) steps.get("login")).containsEntry("ok", true).containsEntry("token_type", "bearer");
        assertThat((String) ((Map<String, Object>) steps.get("login")).get("stored_refresh_token")).startsWith("rt_");
        Map<String, Object> gig = data(steps.get("createGig"));
        assertThat(gig).containsEntry("title", "Help move furniture").containsEntry("status", "PENDING");
        assertThat(steps.get("refreshAccessToken")).isEqualTo(true);
        assertThat(steps.get("refreshAccessTokenAgain")).isEqualTo(true);
        assertThat(data(steps.get("createGigAfterRefresh"))).containsEntry("title", "Walk my dog");
        assertThat(((Number) data(steps.get("createGigAfterRefresh")).get("budget")).doubleValue()).isEqualTo(300.5);
        Map<String, Object> file = data(steps.get("uploadProfileImage"));
        assertThat(file).containsEntry("original_filename", "my-photo.png").containsEntry("content_type", "image/png");

        User signedIn = new User(null, email, form("/api/auth/login", "username=" + email + "&password=" + PASSWORD)
                .get("access_token"), null);
        assertThat(callout.get("/api/users/profile", signedIn.access()).json()).containsEntry("profile_image_url", file.get("url"));
        assertThat(gigs(callout.get("/api/gigs/my-gigs?role=seeker", signedIn.access())))
                .extracting(found -> found.get("title")).containsExactly("Walk my dog", "Help move furniture");
    }

    private static Map<String, Object> parse(String line) {
        try {
            return callout.context.getBean(JsonMapper.class).readValue(line, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> data(Object apiResponse) {
        Map<String, Object> response = (Map<String, Object>) apiResponse;
        assertThat(response).as("an ApiResponse with data, not an error").containsKey("data").doesNotContainKey("error");
        return (Map<String, Object>) response.get("data");
    }

    private static Reply postGig(User seeker, String title) {
        return callout.post("/api/gigs/", seeker.access(), """
                {"title": "%s", "description": "Need help", "duration_hours": 2, "budget": 500,
                 "latitude": 13.7563, "longitude": 100.5018, "address_text": "123 Main St"}""".formatted(title));
    }

    private static User signUp(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.com";
        Reply registered = callout.post("/api/auth/register", null, """
                {"email": "%s", "password": "%s", "full_name": "%s", "contact_info": "phone:+66812345678"}"""
                .formatted(email, PASSWORD, name));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        callout.verify(email);
        Reply login = multipart("/api/auth/login", null, Map.of("username", email, "password", PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return new User(registered.get("id"), email, login.get("access_token"), login.get("refresh_token"));
    }

    private static Reply refresh(String refreshToken, String accessToken) {
        return callout.send("POST", "/api/auth/refresh", refreshToken, null, null,
                accessToken == null ? Map.of() : Map.of("X-Access-Token", accessToken));
    }

    private static Reply form(String path, String body) {
        return callout.send("POST", path, null, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static Reply multipart(String path, String token, String field, String filename, byte[] bytes) {
        String boundary = "chayenity-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return callout.send("POST", path, token, "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
    }

    private static Reply multipart(String path, String token, Map<String, String> fields) {
        String boundary = "chayenity-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return callout.send("POST", path, token, "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldErrors(Reply reply) {
        return (Map<String, Object>) reply.json().get("field_errors");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> gigs(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.json().get("gigs");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.body();
    }
}

package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Depannini's API (seed 001) with its document's own requests, on PostgreSQL and over real sockets:
 * its two example workflows end to end, its channels' guards, its error format and its demo data.
 */
class DepanniniEndToEndTest {

    /** With its demo data (--demo), which the tests' own accounts live beside. */
    private static final RunningCallout callout = RunningCallout.start(Map.of("callout.profile", "depannini", "callout.demo", true));
    private static final String PASSWORD = "correct horse battery";
    /** Algiers: the client's car breaks down at the Grande Poste and is towed to Bab Ezzouar. */
    private static final double PICKUP_LAT = 36.7731;
    private static final double PICKUP_LNG = 3.0588;

    private final String base = callout.server.getURL().toString();

    @AfterAll
    static void stop() {
        callout.close();
    }

    /** Signed in by phone, as both workflows start: its integer id and tokens. */
    record Account(long id, String phone, String access, String refresh) {
    }

    private static String phone() {
        return "+2135" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    private static String expiry(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd:MM:yy"));
    }

    private Reply registerAssistant(String phone, String email, String expiry, String service) {
        return callout.post("/api/auth/register/", null, """
                {"phone_number": "%s", "email": "%s", "name": "Karim Tow", "password": "%s", "password_confirm": "%s",
                 "user_type": "assistant", "service_type": "%s", "vehicle_type": "flatbed", "driving_license_cat": "c",
                 "driving_license_num": "DZ-123456", "driving_license_expiry": "%s", "vehicle_registration_num": 1234516,
                 "current_lat": 36.7762, "current_lng": 3.0601, "address": "Rue Didouche Mourad, Alger"}"""
                .formatted(phone, email, PASSWORD, PASSWORD, service, expiry));
    }

    /** An assistant registered with an email: the code goes there, and verify-email proves it. */
    private Account assistant(String service) {
        String phone = phone();
        String email = "tow-" + phone.substring(1) + "@depannini.test";
        Reply registered = registerAssistant(phone, email, expiry(LocalDate.now().plusYears(2)), service);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Reply verified = callout.post("/api/auth/verify-email/", null, """
                {"email": "%s", "code": "%s"}""".formatted(email, callout.lastCode(email)));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        return login(phone);
    }

    /** A client registered with a phone only: the code goes there, and verify-phone proves it. */
    private Account client() {
        String phone = phone();
        Reply registered = callout.post("/api/auth/register/", null, """
                {"phone_number": "%s", "name": "Samira Client", "password": "%s", "password_confirm": "%s",
                 "user_type": "client"}""".formatted(phone, PASSWORD, PASSWORD));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.json()).containsEntry("user_type", "client").containsEntry("phone_number", phone);
        assertThat(login(phone, PASSWORD).status()).as("sign-in waits for the code").isEqualTo(403);
        Reply verified = callout.post("/api/auth/verify-phone/", null, """
                {"phone_number": "%s", "code": "%s"}""".formatted(phone, callout.lastCode(phone)));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        return login(phone);
    }

    private Reply login(String phone, String password) {
        return callout.post("/api/auth/login/phone/", null, """
                {"phone_number": "%s", "password": "%s"}""".formatted(phone, password));
    }

    private Account login(String phone) {
        Reply login = login(phone, PASSWORD);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        Map<String, Object> user = map(login.json().get("user"));
        return new Account(((Number) user.get("id")).longValue(), phone, login.get("access"), login.get("refresh"));
    }

    private DepanniniSocket socket(String path, String token) {
        return new DepanniniSocket(base, path, token, callout.context.getBean(io.micronaut.json.JsonMapper.class));
    }

    /**
     * A party's socket on a request's channel, once the server has it on the channel: its own
     * position comes back to it as to every socket there.
     */
    private DepanniniSocket onRequest(long assistanceId, Account party) {
        DepanniniSocket socket = socket("/ws/assistance/" + assistanceId + "/", party.access());
        socket.send(Map.of("type", "location", "lat", PICKUP_LAT, "lng", PICKUP_LNG));
        socket.await("location", frame -> id(frame.get("user_id")) == party.id());
        return socket;
    }

    /** An assistant's own channel, once the server acted on what it sent (after the open). */
    private DepanniniSocket assistantChannel(Account assistant) {
        DepanniniSocket socket = socket("/ws/assistant/" + assistant.id() + "/", assistant.access());
        socket.send(Map.of("type", "hello"));
        assertThat(socket.await("error")).containsKey("detail");
        return socket;
    }

    private Reply requestTowing(Account client) {
        return callout.post("/api/assistance/request/", client.access(), """
                {"pickup": {"lat": %s, "lng": %s}, "dropoff": {"lat": 36.7213, "lng": 3.1842}}"""
                .formatted(PICKUP_LAT, PICKUP_LNG));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    void bothExampleWorkflowsRunEndToEnd() {
        Account assistant = assistant("towing");
        Reply active = callout.post("/api/profile/assistant-status/", assistant.access(), "{\"is_active\": true}");
        assertThat(active.status()).as(active.text()).isEqualTo(200);
        assertThat(active.json()).containsEntry("is_active_assistant", true).containsEntry("user_type", "assistant");

        try (DepanniniSocket assistantChannel = assistantChannel(assistant)) {
            Account client = client();
            Reply requested = requestTowing(client);
            assertThat(requested.status()).as(requested.text()).isEqualTo(201);
            Map<String, Object> assistance = map(requested.json().get("assistance"));
            long assistanceId = id(assistance.get("id"));
            assertThat(assistance).containsEntry("status", "requested").containsEntry("assistant", null)
                    .containsEntry("pickupLocation", Map.of("lat", PICKUP_LAT, "lng", PICKUP_LNG))
                    .containsEntry("dropoffLocation", Map.of("lat", 36.7213, "lng", 3.1842));
            assertThat(map(assistance.get("client"))).containsEntry("id", (int) client.id()).containsEntry("name", "Samira Client")
                    .containsEntry("phone_number", client.phone());
            BigDecimal distance = new BigDecimal(assistance.get("distance_km").toString());
            assertThat(distance).isBetween(new BigDecimal("12"), new BigDecimal("14"));
            assertThat(new BigDecimal(assistance.get("total_price").toString()))
                    .as("the towing tariff: 150.00 DZD per km, nothing else").isEqualByComparingTo(
                            distance.multiply(new BigDecimal("150.00")).setScale(2, RoundingMode.HALF_UP));
            assertThat(list(requested.json().get("nearby_assistants")))
                    .anySatisfy(nearby -> assertThat(id(nearby.get("assistant_id"))).isEqualTo(assistant.id()));

            try (DepanniniSocket clientChannel = onRequest(assistanceId, client)) {
                Map<String, Object> offer = assistantChannel.await("new_assistance_request",
                        frame -> id(frame.get("assistance_id")) == assistanceId);
                assertThat(offer).containsEntry("pickup_location", Map.of("lat", PICKUP_LAT, "lng", PICKUP_LNG));
                assertThat(map(offer.get("client"))).containsEntry("id", (int) client.id()).containsEntry("name", "Samira Client");

                Reply accepted = callout.patch("/api/assistance/accept/" + assistanceId + "/", assistant.access(), null);
                assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
                assertThat(accepted.json()).containsEntry("status", "accepted");
                assertThat(map(accepted.json().get("assistant"))).containsEntry("id", (int) assistant.id());
                Map<String, Object> status = clientChannel.await("status", frame -> "accepted".equals(frame.get("status")));
                assertThat(map(status.get("assistant"))).containsEntry("id", (int) assistant.id()).containsEntry("name", "Karim Tow");
                assertThat(map(status.get("client"))).containsEntry("id", (int) client.id());

                try (DepanniniSocket assistantOnRequest = onRequest(assistanceId, assistant)) {
                    Reply ongoing = callout.patch("/api/assistance/update/" + assistanceId + "/", assistant.access(),
                            "{\"status\": \"ongoing\"}");
                    assertThat(ongoing.json()).containsEntry("status", "ongoing");
                    clientChannel.await("status", frame -> "ongoing".equals(frame.get("status")));

                    assistantOnRequest.send(Map.of("type", "location", "lat", 36.7701, "lng", 3.0702, "user_id", assistant.id()));
                    Map<String, Object> location = clientChannel.await("location",
                            frame -> id(frame.get("user_id")) == assistant.id() && frame.get("lat").equals(36.7701));
                    assertThat(location).containsEntry("lng", 3.0702);

                    clientChannel.send(Map.of("type", "location", "lat", 36.7731, "lng", 3.0589, "user_id", client.id()));
                    assertThat(assistantOnRequest.await("location", frame -> id(frame.get("user_id")) == client.id()))
                            .containsEntry("lat", 36.7731);

                    clientChannel.send(Map.of("type", "chat", "message", "I am by the blue car"));
                    assertThat(assistantOnRequest.await("chat")).containsEntry("message", "I am by the blue car")
                            .containsEntry("sender", "Samira Client");
                    assistantOnRequest.send(Map.of("type", "chat", "message", "Two minutes away"));
                    assertThat(clientChannel.await("chat", frame -> "Two minutes away".equals(frame.get("message"))))
                            .containsEntry("sender", "Karim Tow");

                    Reply clientTriesToComplete = callout.patch("/api/assistance/update/" + assistanceId + "/", client.access(),
                            "{\"status\": \"completed\"}");
                    assertThat(clientTriesToComplete.status()).as("clients only cancel").isEqualTo(403);
                    assertThat(clientTriesToComplete.json()).containsKey("detail");

                    Reply completed = callout.patch("/api/assistance/update/" + assistanceId + "/", assistant.access(),
                            "{\"status\": \"completed\"}");
                    assertThat(completed.json()).containsEntry("status", "completed");
                    clientChannel.await("status", frame -> "completed".equals(frame.get("status")));
                }
            }
            Reply cancelAfterwards = callout.patch("/api/assistance/update/" + assistanceId + "/", client.access(),
                    "{\"status\": \"canceled\"}");
            assertThat(cancelAfterwards.status()).as("nothing changes after completed").isEqualTo(400);
            assertThat(map(callout.get("/api/assistance/view/" + assistanceId + "/", client.access()).json()))
                    .containsEntry("status", "completed");
            assertThat(list(callout.get("/api/assistance/view/", client.access()).body()))
                    .extracting(found -> id(found.get("id"))).containsExactly(assistanceId);
        }
    }

    @Test
    void aRequestWithoutADropoffNeedsTheRepairServiceTheProfileSets() {
        Account mechanic = assistant("repair");
        Account towTruck = assistant("towing");
        for (Account assistant : List.of(mechanic, towTruck)) {
            assertThat(callout.post("/api/profile/assistant-status/", assistant.access(), "{\"is_active\": true}").status())
                    .isEqualTo(200);
        }
        Account client = client();

        Reply requested = callout.post("/api/assistance/request/", client.access(),
                "{\"pickup\": {\"lat\": %s, \"lng\": %s}}".formatted(PICKUP_LAT, PICKUP_LNG));

        assertThat(requested.status()).as(requested.text()).isEqualTo(201);
        Map<String, Object> assistance = map(requested.json().get("assistance"));
        assertThat(assistance).containsEntry("dropoffLocation", null);
        assertThat(new BigDecimal(assistance.get("total_price").toString())).as("per km, and nothing to tow").isZero();
        assertThat(list(requested.json().get("nearby_assistants"))).extracting(nearby -> id(nearby.get("assistant_id")))
                .contains(mechanic.id()).doesNotContain(towTruck.id());
        String path = "/api/assistance/view/" + id(assistance.get("id")) + "/";
        assertThat(callout.get(path, mechanic.access()).status()).as("open to the repair service").isEqualTo(200);
        assertThat(callout.get(path, towTruck.access()).status()).as("not to towing").isEqualTo(404);
    }

    @Test
    void aDemoClientSignsInByPhoneAndFindsTheDemoAssistantsOnline() {
        Reply login = login("+213550000001", DemoData.PASSWORD);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        String access = login.get("access");

        assertThat(list(callout.get("/api/assistants/", access).body()))
                .filteredOn(found -> List.of("+213660000001", "+213660000002").contains(found.get("phone_number")))
                .hasSize(2).allSatisfy(found -> assertThat(found).containsEntry("is_active_assistant", true))
                .extracting(found -> found.get("service_type")).containsExactlyInAnyOrder("towing", "repair");
        assertThat(map(login.json().get("user"))).containsEntry("name", "Samira Benali").containsEntry("address", "Alger");
    }

    @Test
    void profilesLocationStatusAndTheAssistantsListSpeakDepannini() {
        Account assistant = assistant("repair");
        Map<String, Object> profile = callout.get("/api/profile/assistant/", assistant.access()).json();
        assertThat(profile).containsEntry("id", (int) assistant.id()).containsEntry("service_type", "repair")
                .containsEntry("driving_license_cat", "c").containsEntry("vehicle_registration_num", 1234516)
                .containsEntry("driving_license_expiry", expiry(LocalDate.now().plusYears(2)))
                .containsEntry("current_lat", 36.7762).containsEntry("address", "Rue Didouche Mourad, Alger")
                .containsEntry("is_active_assistant", false);
        assertThat(list(callout.get("/api/assistants/", assistant.access()).body()))
                .noneSatisfy(found -> assertThat(id(found.get("id"))).isEqualTo(assistant.id()));

        callout.post("/api/profile/assistant-status/", assistant.access(), "{\"is_active\": true}");
        Reply moved = callout.post("/api/profile/update-location/", assistant.access(), "{\"latitude\": 36.75, \"longitude\": 3.04}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.json()).containsEntry("current_lat", 36.75).containsEntry("current_lng", 3.04);
        assertThat(list(callout.get("/api/assistants/", assistant.access()).body()))
                .anySatisfy(found -> assertThat(id(found.get("id"))).isEqualTo(assistant.id()));

        Account client = client();
        assertThat(callout.get("/api/profile/user/", client.access()).json()).containsEntry("id", (int) client.id())
                .containsEntry("user_type", "client").containsEntry("service_type", null);
        assertThat(callout.get("/api/profile/assistant/", client.access()).status()).isEqualTo(403);

        Reply refreshed = callout.post("/api/auth/token/refresh/", null, "{\"refresh\": \"" + client.refresh() + "\"}");
        assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
        assertThat(callout.get("/api/profile/user/", refreshed.get("access")).status()).isEqualTo(200);
    }

    @Test
    void theChannelsOpenOnlyToTheirAssistantAndToTheRequestsParties() {
        Account assistant = assistant("towing");
        Account other = assistant("towing");
        Account client = client();
        Account stranger = client();
        long assistanceId = id(map(requestTowing(client).json().get("assistance")).get("id"));

        try (DepanniniSocket someoneElse = socket("/ws/assistant/" + assistant.id() + "/", other.access());
             DepanniniSocket aClient = socket("/ws/assistant/" + client.id() + "/", client.access());
             DepanniniSocket notAParty = socket("/ws/assistance/" + assistanceId + "/", stranger.access());
             DepanniniSocket notYetAssigned = socket("/ws/assistance/" + assistanceId + "/", assistant.access());
             DepanniniSocket unknown = socket("/ws/assistance/99999999/", client.access())) {
            assertThat(someoneElse.awaitClose()).isEqualTo(1008);
            assertThat(aClient.awaitClose()).as("only assistants have an assistant channel").isEqualTo(1008);
            assertThat(notAParty.awaitClose()).isEqualTo(1008);
            assertThat(notYetAssigned.awaitClose()).isEqualTo(1008);
            assertThat(unknown.awaitClose()).isEqualTo(1008);
        }
        Reply noToken = callout.get("/ws/assistance/" + assistanceId + "/", null);
        assertThat(noToken.status()).as("no token, no handshake").isEqualTo(401);
        assertThat(noToken.json()).containsKeys("detail", "code");
        assertThat(callout.get("/ws/assistant/" + assistant.id() + "/?token=not-a-token", null).status()).isEqualTo(401);
        assertThat(callout.get("/api/assistance/view/" + assistanceId + "/", stranger.access()).status()).isEqualTo(404);
    }

    @Test
    void anAssistantWhoCancelsWithdrawsAndOnlyTheAssignedAssistantDrivesTheRequest() {
        Account assistant = assistant("towing");
        Account other = assistant("towing");
        Account client = client();
        long assistanceId = id(map(requestTowing(client).json().get("assistance")).get("id"));
        assertThat(callout.patch("/api/assistance/accept/" + assistanceId + "/", assistant.access(), null).status()).isEqualTo(200);

        assertThat(callout.patch("/api/assistance/accept/" + assistanceId + "/", other.access(), null).status())
                .as("the first accept wins").isEqualTo(409);
        assertThat(callout.patch("/api/assistance/update/" + assistanceId + "/", other.access(), "{\"status\": \"ongoing\"}")
                .status()).as("not theirs").isEqualTo(404);

        try (DepanniniSocket clientChannel = onRequest(assistanceId, client)) {
            Reply withdrawn = callout.patch("/api/assistance/update/" + assistanceId + "/", assistant.access(),
                    "{\"status\": \"canceled\"}");
            assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
            assertThat(withdrawn.json()).containsEntry("status", "requested").containsEntry("assistant", null);
            assertThat(clientChannel.await("status", frame -> "requested".equals(frame.get("status"))))
                    .containsEntry("assistant", null);
        }
        Reply takenOver = callout.patch("/api/assistance/accept/" + assistanceId + "/", other.access(), null);
        assertThat(takenOver.status()).as("open again for the others").isEqualTo(200);
        assertThat(map(takenOver.json().get("assistant"))).containsEntry("id", (int) other.id());
    }

    @Test
    void hostileValuesAreRefusedInDepanninisFormat() {
        String phone = phone();
        Reply huge = callout.post("/api/auth/register/", null, """
                {"phone_number": "%s", "name": "%s", "password": "%s", "password_confirm": "%s", "user_type": "client"}"""
                .formatted(phone, "N".repeat(10_000), PASSWORD, PASSWORD));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json()).containsOnlyKeys("name");
        assertThat(registerAssistant(phone, "first-" + phone.substring(1) + "@depannini.test",
                expiry(LocalDate.now().plusYears(1)), "towing").status()).isEqualTo(201);
        Reply overflow = callout.post("/api/auth/register/", null, "{\"vehicle_registration_num\": 1" + "0".repeat(40) + "}");
        assertThat(overflow.status()).isEqualTo(400);
        assertThat(overflow.text()).doesNotContain("java.", "Exception");
        Reply taken = registerAssistant(phone, "again-" + phone.substring(1) + "@depannini.test",
                expiry(LocalDate.now().plusYears(1)), "towing");
        assertThat(taken.status()).as("the phone is taken").isEqualTo(409);
        assertThat(taken.json()).containsKeys("detail", "code");

        Account client = client();
        Reply farAway = callout.post("/api/profile/update-location/", client.access(), "{\"latitude\": 1, \"longitude\": 2}");
        assertThat(farAway.status()).as("clients report no position over REST").isEqualTo(403);
        Account assistant = assistant("repair");
        Reply offTheMap = callout.post("/api/profile/update-location/", assistant.access(), "{\"latitude\": 91, \"longitude\": 2}");
        assertThat(offTheMap.json()).containsOnlyKeys("latitude");
        assertThat(callout.post("/api/profile/assistant-status/", assistant.access(), "{\"is_active\": \"yes\"}").status())
                .isEqualTo(400);
        assertThat(callout.get("/api/profile/assistant/", assistant.access()).json()).containsEntry("is_active_assistant", false);
    }

    @Test
    void badRequestsGetDepanninisErrorFormatAndChangeNothing() {
        String phone = phone();
        Reply mismatch = callout.post("/api/auth/register/", null, """
                {"phone_number": "%s", "name": "X", "password": "%s", "password_confirm": "another", "user_type": "client"}"""
                .formatted(phone, PASSWORD));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json()).containsOnlyKeys("password_confirm");
        assertThat(list(mismatch.json().get("password_confirm"))).hasSize(1);

        Reply expired = registerAssistant(phone, "late-" + phone.substring(1) + "@depannini.test",
                expiry(LocalDate.now().minusDays(1)), "towing");
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json()).containsOnlyKeys("driving_license_expiry");
        Reply badDate = registerAssistant(phone, "late-" + phone.substring(1) + "@depannini.test", "2030-01-01", "towing");
        assertThat(badDate.json()).containsOnlyKeys("driving_license_expiry");
        assertThat(login(phone, PASSWORD).status()).as("no account was made").isEqualTo(401);

        Reply malformed = callout.post("/api/auth/login/email/", null, "{\"email\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json()).containsKeys("detail", "code").doesNotContainKey("error");
        Reply wrongType = callout.post("/api/auth/login/phone/", null, "{\"phone_number\": 213555, \"password\": \"x\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text()).doesNotContain("java.", "dev.callout");

        Reply anonymous = callout.get("/api/profile/user/", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).containsKey("detail");
        assertThat(callout.post("/api/auth/login/phone/", null, "{\"phone_number\": \"" + phone + "\", \"password\": \"nope\"}")
                .json()).containsKeys("detail", "code");

        Account client = client();
        Reply noPickup = callout.post("/api/assistance/request/", client.access(), "{\"dropoff\": {\"lat\": 36.7, \"lng\": 3.1}}");
        assertThat(noPickup.json()).containsOnlyKeys("pickup");
        Reply offTheMap = callout.post("/api/assistance/request/", client.access(), "{\"pickup\": {\"lat\": 136.7, \"lng\": 3.1}}");
        assertThat(offTheMap.json()).containsOnlyKeys("pickup.lat");
        assertThat(list(callout.get("/api/assistance/view/", client.access()).body())).as("no request was made").isEmpty();

        assertThat(callout.get("/api/assistance/view/99999999/", client.access()).json()).containsKey("detail");
        assertThat(callout.get("/api/assistance/view/not-a-number/", client.access()).status()).isEqualTo(404);
        long assistanceId = id(map(requestTowing(client).json().get("assistance")).get("id"));
        assertThat(callout.patch("/api/assistance/accept/" + assistanceId + "/", client.access(), null).status()).isEqualTo(403);
        Reply unknownStatus = callout.patch("/api/assistance/update/" + assistanceId + "/", client.access(), "{\"status\": \"done\"}");
        assertThat(unknownStatus.json()).containsOnlyKeys("status");
        assertThat(map(callout.get("/api/assistance/view/" + assistanceId + "/", client.access()).json()))
                .containsEntry("status", "requested");
        Reply cancelled = callout.patch("/api/assistance/update/" + assistanceId + "/", client.access(), "{\"status\": \"canceled\"}");
        assertThat(cancelled.json()).containsEntry("status", "canceled");

        assertThat(callout.get("/api/v1/jobs", null).json()).as("the canonical API keeps its envelope").containsKey("error");
    }
}

package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.callout.application.port.OfflineCheckout;
import dev.callout.application.port.PaymentGateway;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.TrustWorld.Part;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * BlueWork (seed 003) with --profile bluework, on the embedded PostgreSQL, with its document's own requests: a
 * worker activates by OTP and is approved, a customer finds them nearby, a job goes from pending to completed
 * over the sockets at /ws (JDK WebSocket clients, the token in the handshake's Authorization header), and is
 * paid. Refusals come in BlueWork's envelope and change nothing.
 */
class BlueWorkEndToEndTest {

    private static final RunningCallout callout = RunningCallout.start(Map.of("callout.profile", "bluework"));
    private static final double LAT = 14.5547;
    private static final double LNG = 121.0244;
    private static final String PASSWORD = "Str0ngP@ss!";

    private final JsonMapper json = callout.context.getBean(JsonMapper.class);

    @AfterAll
    static void stop() {
        callout.close();
    }

    private record Person(String id, String phone, String email, String token) {
    }

    private static String phone() {
        return "+63917" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** Registers as the document does, then sends and verifies the OTP; a worker waits for approval after it. */
    private Person register(String role, String skills) {
        String phone = phone();
        String email = "juan-" + UUID.randomUUID() + "@example.com";
        Reply registered = callout.post("/api/v1/auth/register", null, """
                {"role": "%s", "name": "Juan dela Cruz", "email": "%s", "phone": "%s", "password": "%s"%s}"""
                .formatted(role, email, phone, PASSWORD, skills == null ? "" : ", \"skills\": " + skills));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.get("message")).isEqualTo("OTP sent to " + phone);
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) registered.json().get("user");
        assertThat(user).containsEntry("role", role).containsEntry("phone", phone).containsEntry("status", "pending_verification");

        Reply sent = callout.post("/api/v1/auth/otp/send", null, "{\"phone\": \"%s\"}".formatted(phone));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        assertThat(sent.json()).containsEntry("message", "OTP sent.").containsEntry("expires_in", 300);
        Reply wrong = callout.post("/api/v1/auth/otp/verify", null, "{\"phone\": \"%s\", \"otp\": \"000000\"}".formatted(phone));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorCode()).isEqualTo("INVALID_OTP");
        Reply malformed = callout.post("/api/v1/auth/otp/verify", null, "{\"phone\": \"%s\", \"otp\": \"48\"}".formatted(phone));
        assertThat(malformed.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(malformed.errorFields()).as("in BlueWork's field names").containsOnlyKeys("otp");

        Reply verified = callout.post("/api/v1/auth/otp/verify", null, "{\"phone\": \"%s\", \"otp\": \"%s\"}"
                .formatted(phone, callout.lastCode(phone)));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        return new Person((String) user.get("id"), phone, email, verified.get("access_token"));
    }

    private Person customer() {
        Person customer = register("customer", null);
        assertThat(customer.token()).isNotNull();
        return customer;
    }

    /** Registered, verified, approved by an admin, signed in, online at the point given. */
    private Person worker(double lat, double lng) {
        Person pending = register("worker", "[\"plumber\", \"electrician\"]");
        assertThat(pending.token()).as("a worker signs in once approved").isNull();
        Reply early = login(pending.email());
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.errorCode()).isEqualTo("PENDING_APPROVAL");

        String admin = callout.admin().token();
        assertThat(callout.get("/api/v1/admin/workers?status=pending_approval&limit=100", admin).data())
                .extracting(worker -> worker.get("id")).contains(pending.id());
        Reply approved = callout.patch("/api/v1/admin/workers/" + pending.id(), admin, "{\"status\": \"active\", \"note\": \"ID checked\"}");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json()).containsEntry("role", "worker").containsEntry("status", "active");

        Reply login = login(pending.phone());
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.json()).containsKeys("access_token", "refresh_token").containsEntry("expires_in", 3600);
        assertThat(map(login.json().get("user"))).containsEntry("role", "worker").containsEntry("status", "active");
        String token = login.get("access_token");
        assertThat(callout.patch("/api/v1/workers/me/availability", token, "{\"status\": \"online\"}").json())
                .containsEntry("availability_status", "online");
        Reply moved = callout.patch("/api/v1/workers/me/location", token, "{\"lat\": %s, \"lng\": %s}".formatted(lat, lng));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json()).containsKey("updated_at");
        return new Person(pending.id(), pending.phone(), pending.email(), token);
    }

    private Reply login(String identifier) {
        return callout.post("/api/v1/auth/login", null, "{\"identifier\": \"%s\", \"password\": \"%s\"}".formatted(identifier, PASSWORD));
    }

    private static String job() {
        return """
                {"category": "plumber", "description": "Leaking pipe under kitchen sink.",
                 "location": {"address": "123 Rizal St, Makati", "lat": %s, "lng": %s}, "urgency": "immediate"}"""
                .formatted(LAT, LNG);
    }

    @Test
    void aJobGoesFromPendingToCompletedAndIsPaidWithEveryPartyOnItsSocket() {
        Person maria = customer();
        Person pedro = worker(LAT + 0.02, LNG);
        String base = callout.server.getURL().toString();
        try (SocketProbe workerSocket = SocketProbe.connectWithHeader(base, "/ws", pedro.token(), json);
             SocketProbe customerSocket = SocketProbe.connectWithHeader(base, "/ws", maria.token(), json)) {
            assertThat(workerSocket.await("connected").data()).containsEntry("role", "worker");
            customerSocket.await("connected");

            Reply nearby = callout.get("/api/v1/workers/nearby?lat=%s&lng=%s&category=plumber".formatted(LAT, LNG), maria.token());
            assertThat(nearby.status()).as(nearby.text()).isEqualTo(200);
            assertThat(nearby.data()).anySatisfy(worker -> {
                assertThat(worker).containsEntry("id", pedro.id()).containsEntry("category", "plumber")
                        .containsEntry("availability_status", "online").containsKeys("rating", "lat", "lng");
                assertThat(((Number) worker.get("distance_km")).doubleValue()).isBetween(2.1, 2.3);
            });
            Reply profile = callout.get("/api/v1/workers/" + pedro.id(), maria.token());
            assertThat(profile.json()).containsEntry("completed_jobs", 0).containsEntry("availability_status", "online");
            assertThat(profile.json().get("skills")).asList().containsExactly("electrician", "plumber");

            Reply posted = callout.post("/api/v1/jobs", maria.token(), job());
            assertThat(posted.status()).as(posted.text()).isEqualTo(201);
            assertThat(posted.json()).containsEntry("status", "pending").containsEntry("urgency", "immediate")
                    .containsEntry("category", "plumber");
            String jobId = posted.get("id");
            SocketProbe.Frame created = workerSocket.await("job.created", data -> jobId.equals(data.get("job_id")));
            assertThat(created.data()).containsEntry("category", "plumber").containsEntry("urgency", "immediate");
            assertThat(map(created.data().get("location"))).containsEntry("address", "123 Rizal St, Makati");

            Reply accepted = callout.patch("/api/v1/jobs/" + jobId + "/status", pedro.token(), "{\"status\": \"accepted\"}");
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
            assertThat(accepted.json()).containsEntry("status", "accepted");
            assertThat(map(accepted.json().get("worker"))).containsEntry("id", pedro.id());
            SocketProbe.Frame taken = customerSocket.await("job.accepted", data -> jobId.equals(data.get("job_id")));
            assertThat(map(taken.data().get("worker"))).containsEntry("id", pedro.id()).containsEntry("name", "Juan dela Cruz")
                    .containsEntry("lat", LAT + 0.02).containsEntry("lng", LNG);
            workerSocket.await("job.status_changed", data -> "accepted".equals(data.get("status")));

            Reply early = callout.post("/api/v1/payments/initiate", maria.token(), "{\"job_id\": \"%s\", \"method\": \"card\"}"
                    .formatted(jobId));
            assertThat(early.status()).as("a card too pays for completed work").isEqualTo(400);
            assertThat(early.errorCode()).isEqualTo("JOB_NOT_COMPLETED");

            customerSocket.send("job.subscribe", Map.of("job_id", jobId));
            assertThat(customerSocket.await("job.subscribed").data()).containsEntry("status", "accepted");

            callout.patch("/api/v1/jobs/" + jobId + "/status", pedro.token(), "{\"status\": \"en_route\"}");
            customerSocket.await("job.status_changed", data -> "en_route".equals(data.get("status")) && data.get("timestamp") != null);
            workerSocket.send("worker.location_ping", Map.of("lat", LAT + 0.01, "lng", LNG));
            SocketProbe.Frame position = customerSocket.await("worker.location_updated", data -> jobId.equals(data.get("job_id")));
            assertThat(position.data()).containsEntry("lat", LAT + 0.01).containsEntry("lng", LNG);

            Reply said = callout.post("/api/v1/jobs/" + jobId + "/messages", pedro.token(), "{\"content\": \"I'll be there by 10:30 AM.\"}");
            assertThat(said.status()).as(said.text()).isEqualTo(201);
            assertThat(said.json()).containsEntry("sender_id", pedro.id()).containsEntry("content", "I'll be there by 10:30 AM.");
            SocketProbe.Frame heard = customerSocket.await("message.received", data -> jobId.equals(data.get("job_id")));
            assertThat(map(heard.data().get("message"))).containsEntry("sender_id", pedro.id());
            assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", maria.token()).data())
                    .extracting(message -> message.get("sender_name")).containsExactly("Juan dela Cruz");

            for (String status : new String[] {"in_progress", "completed"}) {
                Reply moved = callout.patch("/api/v1/jobs/" + jobId + "/status", pedro.token(), "{\"status\": \"" + status + "\"}");
                assertThat(moved.json()).containsEntry("status", status);
                customerSocket.await("job.status_changed", data -> status.equals(data.get("status")));
                workerSocket.await("job.status_changed", data -> status.equals(data.get("status")));
            }
            Map<String, Object> done = callout.get("/api/v1/jobs/" + jobId, maria.token()).json();
            assertThat(done).containsEntry("status", "completed").containsKeys("accepted_at", "started_at", "completed_at");
            assertThat(map(done.get("customer"))).containsEntry("id", maria.id());

            Reply initiated = callout.post("/api/v1/payments/initiate", maria.token(), """
                    {"job_id": "%s", "method": "cash", "amount": %s, "currency": "PHP"}""".formatted(jobId, done.get("price")));
            assertThat(initiated.status()).as(initiated.text()).isEqualTo(201);
            assertThat(initiated.json()).containsEntry("status", "pending").containsEntry("method", "cash")
                    .containsEntry("currency", "PHP").containsEntry("payment_url", null);
            String paymentId = initiated.get("id");
            Reply twice = callout.post("/api/v1/payments/initiate", maria.token(), """
                    {"job_id": "%s", "method": "cash"}""".formatted(jobId));
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.errorCode()).isEqualTo("ALREADY_PAID");

            Reply otherWorker = callout.post("/api/v1/payments/" + paymentId + "/cash-confirm", worker(LAT - 0.2, LNG).token(), null);
            assertThat(otherWorker.status()).as("not party to the payment: refuse-non-parties-openly").isEqualTo(403);
            assertThat(otherWorker.json()).isEqualTo(Map.of("error", Map.of("code", "FORBIDDEN",
                    "message", "Only the assigned worker can confirm")));
            assertThat(callout.post("/api/v1/payments/pay_unknown/cash-confirm", pedro.token(), null).errorCode())
                    .isEqualTo("PAYMENT_NOT_FOUND");
            Reply confirmed = callout.post("/api/v1/payments/" + paymentId + "/cash-confirm", pedro.token(), null);
            assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
            assertThat(confirmed.json()).containsEntry("status", "completed").containsKey("confirmed_at");
            customerSocket.await("payment.confirmed", data -> paymentId.equals(data.get("payment_id")));
            assertThat(workerSocket.await("payment.confirmed", data -> paymentId.equals(data.get("payment_id"))).data())
                    .containsEntry("job_id", jobId).containsEntry("status", "completed");
            assertThat(callout.get("/api/v1/payments/" + paymentId, pedro.token()).json())
                    .containsEntry("status", "completed").containsEntry("job_id", jobId);

            Reply kept = callout.send("DELETE", "/api/v1/jobs/" + jobId, callout.admin().token(), null);
            assertThat(kept.status()).as("money was captured: the job is kept").isEqualTo(409);
            assertThat(kept.json()).isEqualTo(Map.of("error", Map.of("code", "JOB_HAS_PAYMENTS",
                    "message", "Money was captured for this job: it is kept.")));
            assertThat(callout.get("/api/v1/payments/" + paymentId, pedro.token()).json()).containsEntry("status", "completed");
        }
    }

    @Test
    void outsidersAreForbiddenAndEmptySearchesAndBadInputGetBlueWorksErrors() {
        Person maria = customer();
        Person stranger = customer();
        String jobId = callout.post("/api/v1/jobs", maria.token(), job()).get("id");

        Reply forbidden = callout.get("/api/v1/jobs/" + jobId, stranger.token());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json()).isEqualTo(Map.of("error", Map.of("code", "FORBIDDEN", "message", "User is not party to this job")));
        assertThat(callout.get("/api/v1/jobs/job_01JNOSUCHJOB0000000000000000", maria.token()).errorCode()).isEqualTo("JOB_NOT_FOUND");
        Reply cancelByStranger = callout.patch("/api/v1/jobs/" + jobId + "/status", stranger.token(), "{\"status\": \"cancelled\"}");
        assertThat(cancelByStranger.status()).isEqualTo(403);

        Reply nobody = callout.get("/api/v1/workers/nearby?lat=-33.86&lng=151.2&category=plumber", maria.token());
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.errorCode()).isEqualTo("NO_WORKERS_AVAILABLE");
        Reply noPlace = callout.get("/api/v1/workers/nearby?category=plumber", maria.token());
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.errorCode()).isEqualTo("MISSING_LOCATION");

        long jobsBefore = total(maria);
        Reply malformed = callout.post("/api/v1/jobs", maria.token(), "{\"category\": \"plumber\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("VALIDATION_ERROR");
        Reply wrongType = callout.post("/api/v1/jobs", maria.token(), job().replace("\"lat\": " + LAT, "\"lat\": \"north\""));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorCode()).isEqualTo("VALIDATION_ERROR");
        Reply past = callout.post("/api/v1/jobs", maria.token(), job().replace("\"immediate\"",
                "\"scheduled\", \"scheduled_at\": \"2020-02-25T09:00:00Z\""));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.errorCode()).isEqualTo("SCHEDULED_TIME_INVALID");
        Reply noCategory = callout.post("/api/v1/jobs", maria.token(), job().replace("\"plumber\"", "\"\""));
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(noCategory.errorFields()).containsKey("category");
        assertThat(total(maria)).as("no refused job was stored").isEqualTo(jobsBefore);

        Reply skipped = callout.patch("/api/v1/jobs/" + jobId + "/status", maria.token(), "{\"status\": \"completed\"}");
        assertThat(skipped.status()).isIn(400, 403);
        assertThat(callout.get("/api/v1/jobs/" + jobId, maria.token()).json()).containsEntry("status", "pending");
        Reply cancelled = callout.patch("/api/v1/jobs/" + jobId + "/status", maria.token(), "{\"status\": \"cancelled\"}");
        assertThat(cancelled.json()).containsEntry("status", "cancelled");
        Reply again = callout.patch("/api/v1/jobs/" + jobId + "/status", maria.token(), "{\"status\": \"cancelled\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("INVALID_TRANSITION");

        Reply unpaid = callout.post("/api/v1/payments/initiate", maria.token(), "{\"job_id\": \"%s\", \"method\": \"cash\"}".formatted(jobId));
        assertThat(unpaid.status()).isEqualTo(400);
        assertThat(unpaid.errorCode()).isEqualTo("JOB_NOT_COMPLETED");
        String ws = callout.server.getURL().toString().replaceFirst("^http", "ws") + "/ws";
        CompletionException anonymous = catchThrowableOfType(CompletionException.class, () -> HttpClient.newHttpClient()
                .newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() { }).join());
        assertThat(anonymous.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) anonymous.getCause()).getResponse().statusCode())
                .as("the socket needs the Authorization header").isEqualTo(401);
        Reply noToken = callout.get("/api/v1/jobs", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(map(noToken.json().get("error"))).containsOnlyKeys("code", "message");
    }

    @Test
    void theCustomerAddsUpToFiveJpegOrPngPhotosAndRefusalsComeInItsFormat() {
        Person maria = customer();
        Person stranger = customer();
        String jobId = callout.post("/api/v1/jobs", maria.token(), job()).get("id");
        String photos = "/api/v1/jobs/" + jobId + "/photos";
        TrustWorld files = new TrustWorld(callout);
        Part png = Part.file("photos", "sink.png", "image/png", TrustWorld.png());

        Reply added = files.upload(photos, maria.token(), png, Part.file("photos", "pipe.jpg", "image/jpeg", TrustWorld.jpeg()));
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.json()).containsOnlyKeys("photos");
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) added.json().get("photos");
        assertThat(urls).hasSize(2).allSatisfy(url -> assertThat(url).startsWith("/api/v1/files/"));
        assertThat(files.bytes(urls.getFirst(), maria.token()).headers().firstValue("Content-Type")).hasValue("image/png");

        Reply gif = files.upload(photos, maria.token(), Part.file("photos", "sink.gif", "image/gif", TrustWorld.gif()));
        assertThat(gif.status()).isEqualTo(415);
        assertThat(gif.errorCode()).isEqualTo("UNSUPPORTED_FILE_TYPE");
        assertThat(map(gif.json().get("error"))).containsOnlyKeys("code", "message");
        Reply large = files.upload(photos, maria.token(), Part.file("photos", "big.jpg", "image/jpeg",
                Arrays.copyOf(TrustWorld.jpeg(), 6 * 1024 * 1024)));
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.errorCode()).isEqualTo("FILE_TOO_LARGE");
        Reply tooMany = files.upload(photos, maria.token(), png, png, png, png);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorCode()).isEqualTo("TOO_MANY_PHOTOS");
        Reply none = files.upload(photos, maria.token(), Part.field("note", "no files"));
        assertThat(none.errorCode()).isEqualTo("TOO_MANY_PHOTOS");
        Reply outsider = files.upload(photos, stranger.token(), png);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(files.upload("/api/v1/jobs/job_01JNOSUCHJOB0000000000000000/photos", maria.token(), png).errorCode())
                .isEqualTo("JOB_NOT_FOUND");
        Reply notMultipart = callout.post(photos, maria.token(), "{\"photos\": [\"sink.png\"]}");
        assertThat(notMultipart.status()).isEqualTo(415);
        assertThat(map(notMultipart.json().get("error"))).containsOnlyKeys("code", "message");
        Reply three = files.upload(photos, maria.token(), png, png, png);
        assertThat(three.status()).as("the refusals stored nothing").isEqualTo(200);
        assertThat(files.upload(photos, maria.token(), png).errorCode()).as("five is the most").isEqualTo("TOO_MANY_PHOTOS");

        @SuppressWarnings("unchecked")
        List<String> later = (List<String>) three.json().get("photos");
        List<String> every = java.util.stream.Stream.concat(urls.stream(), later.stream()).toList();
        for (String reader : List.of(maria.token(), callout.admin().token())) {
            assertThat(callout.get("/api/v1/jobs/" + jobId, reader).json().get("photos")).as("every photo, in order").isEqualTo(every);
        }
        assertThat(callout.get("/api/v1/jobs?limit=100", maria.token()).data()).filteredOn(listed -> jobId.equals(listed.get("id")))
                .singleElement().satisfies(listed -> assertThat(listed.get("photos")).isEqualTo(every));
        Reply forbidden = callout.get("/api/v1/jobs/" + jobId, stranger.token());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).doesNotContain(every.getFirst());
    }

    @Test
    void aPayPalCallbackIsRefusedInItsFormatForThereIsNoPayPalGateway() {
        Reply paypal = callout.send("POST", "/api/v1/payments/webhook", null, """
                {"id": "WH-1", "event_type": "PAYMENT.CAPTURE.COMPLETED", "resource": {"id": "5O190127TN364715T"}}""",
                Map.of("PayPal-Transmission-Sig", "SIGNATURE", "PayPal-Transmission-Id", "69cd13f0", "PayPal-Auth-Algo", "SHA256withRSA"));
        assertThat(paypal.status()).isEqualTo(400);
        assertThat(paypal.errorCode()).isEqualTo("WEBHOOK_REJECTED");
        assertThat(map(paypal.json().get("error"))).containsOnlyKeys("code", "message");
        assertThat((String) map(paypal.json().get("error")).get("message")).contains("PayPal").doesNotContain("Stripe");

        Reply unsigned = callout.send("POST", "/api/v1/payments/webhook", null, "{\"id\": \"evt_1\"}");
        assertThat(unsigned.status()).as("Stripe's route still answers the rest").isEqualTo(400);
        assertThat(unsigned.errorCode()).isEqualTo("WEBHOOK_REJECTED");
        assertThat((String) map(unsigned.json().get("error")).get("message")).doesNotContain("PayPal");
    }

    /** Posted by the customer, taken and finished by the worker. */
    private String completedJob(Person customer, Person worker) {
        String jobId = callout.post("/api/v1/jobs", customer.token(), job()).get("id");
        for (String status : new String[] {"accepted", "in_progress", "completed"}) {
            Reply moved = callout.patch("/api/v1/jobs/" + jobId + "/status", worker.token(), "{\"status\": \"" + status + "\"}");
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        return jobId;
    }

    @Test
    void accountsEarningsNotificationsDisputesRefundsAndAnalyticsSpeakItsWords() {
        Person maria = customer();
        Person pedro = worker(LAT + 0.03, LNG);
        String admin = callout.admin().token();
        assertThat(callout.get("/api/v1/providers/nearby?lat=%s&lng=%s&category=plumber".formatted(LAT, LNG), maria.token()).status())
                .as("the canonical route it speaks for steps aside").isEqualTo(404);

        Reply me = callout.patch("/api/v1/users/me", maria.token(), "{\"name\": \"Maria Santos-Reyes\"}");
        assertThat(me.json()).containsEntry("name", "Maria Santos-Reyes").containsEntry("role", "customer");
        assertThat(callout.get("/api/v1/users/me", pedro.token()).json()).containsEntry("role", "worker");
        assertThat(callout.get("/api/v1/users/" + pedro.id(), admin).json()).containsEntry("status", "active");
        assertThat(callout.get("/api/v1/users?role=worker&limit=100", admin).data()).extracting(user -> user.get("id")).contains(pedro.id());
        assertThat(callout.get("/api/v1/users", maria.token()).status()).isEqualTo(403);

        String open = callout.post("/api/v1/jobs", maria.token(), job()).get("id");
        assertThat(callout.get("/api/v1/jobs/nearby?lat=%s&lng=%s".formatted(LAT, LNG), pedro.token()).data())
                .extracting(job -> job.get("id")).contains(open);
        String cleaning = callout.post("/api/v1/jobs", maria.token(), job().replace("\"plumber\"", "\"cleaning\"")).get("id");
        assertThat(callout.get("/api/v1/jobs?status=pending&limit=100", pedro.token()).data())
                .as("the pending jobs of his skills (the core's rule)").extracting(job -> job.get("id"))
                .contains(open).doesNotContain(cleaning);
        assertThat(callout.send("DELETE", "/api/v1/jobs/" + open, maria.token(), null).status()).isEqualTo(403);
        assertThat(callout.send("DELETE", "/api/v1/jobs/" + open, admin, null).status()).isEqualTo(204);
        assertThat(callout.get("/api/v1/jobs/" + open, maria.token()).errorCode()).isEqualTo("JOB_NOT_FOUND");

        String jobId = completedJob(maria, pedro);
        Reply wallet = callout.post("/api/v1/payments/initiate", maria.token(), "{\"job_id\": \"%s\", \"method\": \"gcash\"}".formatted(jobId));
        assertThat(wallet.status()).isEqualTo(422);
        assertThat(wallet.errorCode()).isEqualTo("PAYMENT_METHOD_UNSUPPORTED");
        Reply card = callout.post("/api/v1/payments/initiate", maria.token(), "{\"job_id\": \"%s\", \"method\": \"card\"}".formatted(jobId));
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        assertThat(card.json()).containsEntry("method", "card").containsKey("payment_url");
        String paymentId = card.get("id");
        assertThat(callout.post(card.get("payment_url") + "/pay", null, null).status()).isEqualTo(200);
        assertThat(callout.post("/api/v1/payments/" + paymentId + "/cash-confirm", pedro.token(), null).errorCode())
                .isEqualTo("NOT_CASH_PAYMENT");
        eventually(() -> "completed".equals(callout.get("/api/v1/payments/" + paymentId, maria.token()).get("status")));

        Map<String, Object> earned = callout.get("/api/v1/workers/me/earnings", pedro.token()).json();
        assertThat(map(earned.get("summary"))).containsEntry("currency", "PHP");
        assertThat(((Number) map(earned.get("summary")).get("total_earned")).doubleValue()).isPositive();
        assertThat((List<?>) earned.get("data")).isNotEmpty();

        Reply refunded = callout.post("/api/v1/payments/" + paymentId + "/refund", admin, "{\"amount\": 100.00, \"reason\": \"Late arrival.\"}");
        assertThat(refunded.status()).as(refunded.text()).isEqualTo(200);
        assertThat(refunded.json()).containsEntry("amount", 100.00).containsKey("refund_id");
        assertThat(callout.post("/api/v1/payments/" + paymentId + "/refund", maria.token(), "{\"reason\": \"x\"}").status()).isEqualTo(403);

        try (SocketProbe workerSocket = SocketProbe.connectWithHeader(callout.server.getURL().toString(), "/ws", pedro.token(), json)) {
            workerSocket.await("connected");
            Reply raised = callout.post("/api/v1/disputes", maria.token(), """
                    {"job_id": "%s", "reason": "Worker left without completing the repair.", "evidence_photos": []}""".formatted(jobId));
            assertThat(raised.status()).as(raised.text()).isEqualTo(201);
            assertThat(raised.json()).containsEntry("status", "open").containsEntry("raised_by", maria.id()).containsEntry("job_id", jobId);
            String disputeId = raised.get("id");
            Reply twice = callout.post("/api/v1/disputes", pedro.token(), "{\"job_id\": \"%s\", \"reason\": \"No.\"}".formatted(jobId));
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.errorCode()).isEqualTo("DISPUTE_ALREADY_EXISTS");
            assertThat(callout.get("/api/v1/disputes/" + disputeId, customer().token()).errorCode()).isEqualTo("DISPUTE_NOT_FOUND");
            Reply resolved = callout.patch("/api/v1/disputes/" + disputeId, admin, """
                    {"status": "resolved", "resolution": "Worker warned.", "action": "worker_warning"}""");
            assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
            assertThat(resolved.json()).containsEntry("status", "resolved").containsEntry("action", "worker_warning")
                    .containsEntry("resolution", "Worker warned.");
            workerSocket.await("dispute.updated", data -> disputeId.equals(data.get("dispute_id")) && "open".equals(data.get("status")));
            workerSocket.await("dispute.updated", data -> disputeId.equals(data.get("dispute_id")) && "resolved".equals(data.get("status")));
        }

        eventually(() -> types(pedro).contains("worker_approved") && types(maria).contains("dispute_resolved"));
        assertThat(types(maria)).contains("job_accepted", "job_completed", "payment_confirmed");
        String first = callout.get("/api/v1/notifications?read=false", maria.token()).data().getFirst().get("id").toString();
        assertThat(callout.patch("/api/v1/notifications/" + first + "/read", maria.token(), null).json())
                .containsEntry("id", first).containsEntry("read", true);
        assertThat(((Number) callout.patch("/api/v1/notifications/read-all", maria.token(), null).json().get("marked_read")).intValue())
                .isPositive();
        assertThat(callout.get("/api/v1/notifications?read=false", maria.token()).data()).isEmpty();

        Map<String, Object> figures = callout.get("/api/v1/admin/analytics", admin).json();
        assertThat(figures).containsKeys("period", "jobs", "users", "payments", "avg_job_acceptance_time_seconds");
        assertThat(((Number) map(figures.get("jobs")).get("disputed")).longValue()).as("this test's job").isPositive();
        assertThat(map(figures.get("payments"))).containsEntry("currency", "PHP");
        assertThat(callout.get("/api/v1/admin/analytics", maria.token()).status()).isEqualTo(403);

        Reply suspended = callout.patch("/api/v1/admin/users/" + maria.id(), admin, "{\"status\": \"suspended\", \"note\": \"Repeated no-shows.\"}");
        assertThat(suspended.json()).containsEntry("status", "suspended");
        assertThat(login(maria.email()).errorCode()).isEqualTo("ACCOUNT_SUSPENDED");
    }

    /** The offline gateway's hosted page answers the signed webhook Stripe would send for it; the test delivers it. */
    private Reply deliver(Optional<OfflineCheckout.SignedEvent> event) {
        assertThat(event).isPresent();
        return callout.send("POST", "/api/v1/payments/webhook", null, event.get().payload(),
                Map.of("Stripe-Signature", event.get().signature()));
    }

    private static OfflineCheckout pages() {
        return (OfflineCheckout) callout.context.getBean(PaymentGateway.class);
    }

    private static String sessionOf(Reply initiated) {
        String url = initiated.get("payment_url");
        assertThat(url).startsWith(OfflineCheckout.PAGES + "cs_");
        return url.substring(OfflineCheckout.PAGES.length());
    }

    @Test
    void aCardIsPaidOnTheHostedPageItsWebhookConfirmsItOnBothSocketsAndAReplayChangesNothing() {
        Person maria = customer();
        Person pedro = worker(LAT + 0.04, LNG);
        Person juan = customer();
        String jobId = completedJob(maria, pedro);
        String base = callout.server.getURL().toString();
        try (SocketProbe workerSocket = SocketProbe.connectWithHeader(base, "/ws", pedro.token(), json);
             SocketProbe customerSocket = SocketProbe.connectWithHeader(base, "/ws", maria.token(), json)) {
            workerSocket.await("connected");
            customerSocket.await("connected");
            Reply stranger = callout.post("/api/v1/payments/initiate", juan.token(), "{\"job_id\": \"%s\", \"method\": \"card\"}"
                    .formatted(jobId));
            assertThat(stranger.status()).as("someone else's job: refuse-non-parties-openly").isEqualTo(403);
            assertThat(stranger.json()).isEqualTo(Map.of("error", Map.of("code", "FORBIDDEN",
                    "message", "Only the job's customer can pay for it")));
            assertThat(callout.post("/api/v1/payments/initiate", juan.token(), "{\"job_id\": \"job_unknown\", \"method\": \"card\"}")
                    .errorCode()).isEqualTo("JOB_NOT_FOUND");

            Reply initiated = callout.post("/api/v1/payments/initiate", maria.token(), "{\"job_id\": \"%s\", \"method\": \"card\"}"
                    .formatted(jobId));
            assertThat(initiated.status()).as(initiated.text()).isEqualTo(201);
            assertThat(initiated.json()).containsEntry("status", "pending").containsEntry("method", "card")
                    .containsEntry("currency", "PHP").containsEntry("client_secret", null);
            assertThat(Instant.parse(initiated.get("expires_at"))).isAfter(Instant.now().plusSeconds(50 * 60));
            String paymentId = initiated.get("id");
            String session = sessionOf(initiated);
            assertThat(callout.get("/api/v1/payments/" + paymentId, pedro.token()).json()).as("the page is the customer's")
                    .containsEntry("payment_url", null).containsEntry("status", "pending");
            Reply notHis = callout.get("/api/v1/payments/" + paymentId, juan.token());
            assertThat(notHis.status()).isEqualTo(403);
            assertThat(notHis.errorCode()).isEqualTo("FORBIDDEN");
            assertThat(callout.get("/api/v1/payments/pay_unknown", juan.token()).errorCode()).isEqualTo("PAYMENT_NOT_FOUND");
            Reply page = callout.get(initiated.get("payment_url"), null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("Pay ", " PHP", "<form method=\"post\"");

            Reply paid = deliver(pages().pay(session));
            assertThat(paid.status()).as(paid.text()).isEqualTo(200);
            assertThat(paid.json()).containsEntry("outcome", "applied");
            for (SocketProbe socket : List.of(customerSocket, workerSocket)) {
                assertThat(socket.await("payment.confirmed", data -> paymentId.equals(data.get("payment_id"))).data())
                        .containsEntry("job_id", jobId).containsEntry("status", "completed");
            }
            Map<String, Object> settled = callout.get("/api/v1/payments/" + paymentId, maria.token()).json();
            assertThat(settled).containsEntry("status", "completed").containsKey("paid_at");
            assertThat(settled.get("gateway_transaction_id")).asString().startsWith("pi_");
            Map<String, Object> earned = callout.get("/api/v1/workers/me/earnings", pedro.token()).json();
            assertThat((List<?>) earned.get("data")).hasSize(1);
            assertThat(map(((List<?>) earned.get("data")).getFirst())).containsEntry("job_id", jobId);

            Reply again = callout.post("/api/v1/payments/initiate", maria.token(), "{\"job_id\": \"%s\", \"method\": \"card\"}"
                    .formatted(jobId));
            assertThat(again.errorCode()).isEqualTo("ALREADY_PAID");
            Reply closed = callout.post(initiated.get("payment_url") + "/pay", null, null);
            assertThat(closed.status()).isEqualTo(409);
            assertThat(closed.errorCode()).isEqualTo("PAYMENT_PAGE_CLOSED");
            assertThat(callout.get(OfflineCheckout.PAGES + "cs_unknown", null).errorCode()).isEqualTo("PAYMENT_PAGE_NOT_FOUND");
        }
    }

    @Test
    void aReplayedCompletionChangesNothingAndAnExpiredPageLetsTheCustomerPayAgainOnANewOne() {
        Person maria = customer();
        Person pedro = worker(LAT + 0.05, LNG);
        String jobId = completedJob(maria, pedro);
        String initiate = "{\"job_id\": \"%s\", \"method\": \"card\"}".formatted(jobId);

        Reply first = callout.post("/api/v1/payments/initiate", maria.token(), initiate);
        Reply expired = deliver(pages().leave(sessionOf(first)));
        assertThat(expired.json()).containsEntry("outcome", "applied");
        Map<String, Object> cancelled = callout.get("/api/v1/payments/" + first.get("id"), maria.token()).json();
        assertThat(cancelled).containsEntry("status", "cancelled");

        Reply second = callout.post("/api/v1/payments/initiate", maria.token(), initiate);
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        assertThat(second.get("id")).isNotEqualTo(first.get("id"));
        assertThat(sessionOf(second)).isNotEqualTo(sessionOf(first));
        OfflineCheckout.SignedEvent completion = pages().pay(sessionOf(second)).orElseThrow();
        assertThat(deliver(Optional.of(completion)).json()).containsEntry("outcome", "applied");
        eventually(() -> "completed".equals(callout.get("/api/v1/payments/" + second.get("id"), maria.token()).get("status")));
        Map<String, Object> settled = callout.get("/api/v1/payments/" + second.get("id"), maria.token()).json();
        Map<String, Object> earned = callout.get("/api/v1/workers/me/earnings", pedro.token()).json();

        Reply replayed = deliver(Optional.of(completion));
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json()).containsEntry("outcome", "duplicate");
        assertThat(callout.get("/api/v1/payments/" + second.get("id"), maria.token()).json()).isEqualTo(settled);
        assertThat(callout.get("/api/v1/workers/me/earnings", pedro.token()).json()).isEqualTo(earned);
        assertThat(callout.get("/api/v1/payments/" + first.get("id"), maria.token()).json()).isEqualTo(cancelled);
    }

    /** A completed job's card payment, initiated by its customer: its page is open. */
    private Reply cardPaymentOnItsPage(Person maria, String jobId) {
        Reply initiated = callout.post("/api/v1/payments/initiate", maria.token(), "{\"job_id\": \"%s\", \"method\": \"card\"}"
                .formatted(jobId));
        assertThat(initiated.status()).as(initiated.text()).isEqualTo(201);
        return initiated;
    }

    @Test
    void aHostedPageMadeOnOneNodeOpensAndIsPaidOnAnotherAsAfterARestart() {
        Person maria = customer();
        Reply initiated = cardPaymentOnItsPage(maria, completedJob(maria, worker(LAT + 0.06, LNG)));

        try (RunningCallout otherNode = callout.anotherNode()) {
            Reply page = otherNode.get(initiated.get("payment_url"), null);
            assertThat(page.status()).as("the page is read from its payment, not the first node's memory").isEqualTo(200);
            assertThat(page.text()).contains("Pay ", " PHP");
            Reply paid = otherNode.post(initiated.get("payment_url") + "/pay", null, null);
            assertThat(paid.status()).as(paid.text()).isEqualTo(200);
            assertThat(paid.text()).contains("Paid");
        }
        eventually(() -> "completed".equals(callout.get("/api/v1/payments/" + initiated.get("id"), maria.token()).get("status")));
        assertThat(callout.get(initiated.get("payment_url"), null).text()).contains("This payment page is closed");
    }

    @Test
    void aJobDeletedWhileItsPageIsOpenTakesThePageWithIt() {
        Person maria = customer();
        String jobId = completedJob(maria, worker(LAT + 0.07, LNG));
        String session = sessionOf(cardPaymentOnItsPage(maria, jobId));

        Reply deleted = callout.send("DELETE", "/api/v1/jobs/" + jobId, callout.admin().token(), null);

        assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
        assertThat(pages().pay(session)).as("nobody pays for a job that is gone").isEmpty();
        assertThat(callout.post(OfflineCheckout.PAGES + session + "/pay", null, null).errorCode()).isEqualTo("PAYMENT_PAGE_NOT_FOUND");
    }

    @Test
    void aSecondAcceptIsTakenAWorkersCancelReopensTheJobAndADisputeNeedsItsRecordAndTheRaisersOwnPhotos() {
        Person maria = customer();
        Person stranger = customer();
        Person pedro = worker(LAT + 0.01, LNG);
        Person ana = worker(LAT - 0.01, LNG);
        Map<String, Object> nothingYet = callout.get("/api/v1/workers/me/earnings", ana.token()).json();
        Map<String, Object> summary = map(nothingYet.get("summary"));
        assertThat(summary).as("a worker who earned nothing yet").containsOnlyKeys("total_earned", "pending_payout", "currency")
                .containsEntry("currency", "PHP");
        assertThat(List.of(summary.get("total_earned"), summary.get("pending_payout")))
                .allSatisfy(amount -> assertThat(((Number) amount).doubleValue()).isZero());
        assertThat((List<?>) nothingYet.get("data")).isEmpty();

        String jobId = callout.post("/api/v1/jobs", maria.token(), job()).get("id");
        String status = "/api/v1/jobs/" + jobId + "/status";
        assertThat(callout.patch(status, pedro.token(), "{\"status\": \"accepted\"}").status()).isEqualTo(200);
        Reply second = callout.patch(status, ana.token(), "{\"status\": \"accepted\"}");
        assertThat(second.status()).as(second.text()).isEqualTo(409);
        assertThat(second.json()).isEqualTo(Map.of("error", Map.of("code", "JOB_ALREADY_TAKEN", "message", "Another worker accepted first")));
        assertThat(callout.patch("/api/v1/jobs/job_01JNOSUCHJOB0000000000000000/status", ana.token(), "{\"status\": \"accepted\"}")
                .errorCode()).isEqualTo("JOB_NOT_FOUND");
        assertThat(callout.patch(status, stranger.token(), "{\"status\": \"accepted\"}").status()).as("a customer accepts nothing")
                .isEqualTo(403);
        assertThat(map(callout.get("/api/v1/jobs/" + jobId, maria.token()).json().get("worker"))).containsEntry("id", pedro.id());

        Reply withdrawn = callout.patch(status, pedro.token(), "{\"status\": \"cancelled\", \"reason\": \"Van broke down.\"}");
        assertThat(withdrawn.json()).as(withdrawn.text()).containsEntry("status", "pending");
        assertThat(withdrawn.json().get("worker")).isNull();
        eventually(() -> types(maria).contains("job_cancelled") && types(pedro).contains("job_cancelled"));
        Map<String, Object> told = callout.get("/api/v1/notifications?limit=100", maria.token()).data().stream()
                .filter(item -> "job_cancelled".equals(item.get("type"))).findFirst().orElseThrow();
        assertThat(map(told.get("payload"))).as("in BlueWork's words")
                .isEqualTo(Map.of("job_id", jobId, "status", "pending", "worker_id", pedro.id()));
        assertThat((String) told.get("body")).doesNotContain("provider");
        Map<String, Object> accepted = callout.get("/api/v1/notifications?limit=100", maria.token()).data().stream()
                .filter(item -> "job_accepted".equals(item.get("type"))).findFirst().orElseThrow();
        assertThat(map(accepted.get("payload"))).containsOnlyKeys("job_id", "worker_id");

        assertThat(callout.patch(status, ana.token(), "{\"status\": \"accepted\"}").status()).isEqualTo(200);
        assertThat(callout.patch(status, ana.token(), "{\"status\": \"in_progress\"}").status()).isEqualTo(200);
        Reply bare = callout.patch(status, maria.token(), "{\"status\": \"disputed\"}");
        assertThat(bare.status()).as("a dispute is raised with POST /disputes").isEqualTo(403);
        assertThat(bare.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(callout.get("/api/v1/jobs/" + jobId, maria.token()).json()).containsEntry("status", "in_progress");

        TrustWorld files = new TrustWorld(callout);
        String photo = ((List<?>) files.upload("/api/v1/jobs/" + jobId + "/photos", maria.token(),
                Part.file("photos", "sink.png", "image/png", TrustWorld.png())).json().get("photos")).getFirst().toString();
        String raise = """
                {"job_id": "%s", "reason": "Worker left without completing the repair.", "evidence_photos": [%s]}""";
        Reply cdn = callout.post("/api/v1/disputes", maria.token(),
                raise.formatted(jobId, "\"https://cdn.bluework.app/disputes/photo_1.jpg\""));
        assertThat(cdn.status()).as(cdn.text()).isEqualTo(400);
        assertThat(cdn.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(cdn.errorFields()).containsOnlyKeys("evidence_photos");
        Reply outsider = callout.post("/api/v1/disputes", stranger.token(), raise.formatted(jobId, ""));
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(callout.post("/api/v1/disputes", pedro.token(), raise.formatted(jobId, "")).errorCode())
                .as("the worker who withdrew is no party").isEqualTo("FORBIDDEN");
        Reply unknown = callout.post("/api/v1/disputes", maria.token(), raise.formatted("job_01JNOSUCHJOB0000000000000000", ""));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("JOB_NOT_FOUND");
        assertThat(callout.get("/api/v1/jobs/" + jobId, maria.token()).json()).as("the refusals changed nothing")
                .containsEntry("status", "in_progress");

        Reply raised = callout.post("/api/v1/disputes", maria.token(),
                raise.formatted(jobId, "\"" + callout.server.getURL() + photo + "\""));
        assertThat(raised.status()).as(raised.text()).isEqualTo(201);
        assertThat(raised.json()).containsEntry("status", "open").containsEntry("job_id", jobId);
        assertThat(callout.get("/api/v1/jobs/" + jobId, ana.token()).json()).containsEntry("status", "disputed");
    }

    @Test
    void aPartialRefundNamesItsAmountAndIsPaidBack() {
        Person maria = customer();
        Person lito = worker(LAT, LNG + 0.01);
        String admin = callout.admin().token();
        String jobId = completedJob(maria, lito);
        Reply card = callout.post("/api/v1/payments/initiate", maria.token(), "{\"job_id\": \"%s\", \"method\": \"card\"}".formatted(jobId));
        assertThat(card.status()).as(card.text()).isEqualTo(201);
        String paymentId = card.get("id");
        assertThat(callout.post(card.get("payment_url") + "/pay", null, null).status()).isEqualTo(200);
        eventually(() -> "completed".equals(callout.get("/api/v1/payments/" + paymentId, maria.token()).get("status")));
        String disputeId = callout.post("/api/v1/disputes", maria.token(), """
                {"job_id": "%s", "reason": "Half the pipes still leak."}""".formatted(jobId)).get("id");

        String decision = """
                {"status": "resolved", "resolution": "Partial refund issued. Worker received 50%% of payment.", "action": "partial_refund"%s}""";
        Reply noAmount = callout.patch("/api/v1/disputes/" + disputeId, admin, decision.formatted(""));
        assertThat(noAmount.status()).as(noAmount.text()).isEqualTo(400);
        assertThat(noAmount.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(noAmount.errorFields()).containsOnlyKeys("amount");
        assertThat(callout.get("/api/v1/disputes/" + disputeId, maria.token()).json()).containsEntry("status", "open");

        Reply resolved = callout.patch("/api/v1/disputes/" + disputeId, admin, decision.formatted(", \"amount\": 100.00"));
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        assertThat(resolved.json()).containsEntry("status", "resolved").containsEntry("action", "partial_refund");
        eventually(() -> "partially_refunded".equals(callout.get("/api/v1/payments/" + paymentId, maria.token()).get("status")));
    }

    /** Polls until the condition holds, at most 10 s (notifications and releases follow commits in the background). */
    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + SocketProbe.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not reached within " + SocketProbe.WAIT).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private List<Object> types(Person person) {
        return callout.get("/api/v1/notifications?limit=100", person.token()).data().stream().map(item -> item.get("type")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private long total(Person customer) {
        return ((Number) map(callout.get("/api/v1/jobs", customer.token()).json().get("meta")).get("total")).longValue();
    }
}

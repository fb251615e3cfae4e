package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.TrustWorld.Part;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Chayenity's and BlueWork's uploads: type by bytes, decoded whole, size limits, metadata stripped, safe
 * names, the photo cap under parallel uploads, who may see and delete, rate limit.
 */
class FilesEndToEndTest {

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;

    @Test
    void aProfileImageIsStoredWithoutItsLocationAndServedWithItsTypeToSignedInUsers() {
        Account owner = callout.customer();
        Reply uploaded = world.upload("/api/v1/files", owner.token(), Part.field("purpose", "profile"),
                Part.file("file", "me.png", "application/octet-stream", TrustWorld.jpegWithLocation()));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(uploaded.get("content_type")).as("decided by the bytes, not the declared type or name").isEqualTo("image/jpeg");
        assertThat(uploaded.raw().headers().firstValue("X-RateLimit-Limit")).contains("10");

        HttpResponse<byte[]> served = world.bytes("/api/v1/files/" + uploaded.get("id"), callout.customer().token());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/jpeg");
        String content = new String(served.body(), StandardCharsets.ISO_8859_1);
        assertThat(content).doesNotContain("GPSLatitude").doesNotContain("Exif");
        assertThat(Arrays.copyOf(served.body(), 3)).containsExactly(0xFF, 0xD8, 0xFF);

        Reply mine = callout.get("/api/v1/files?purpose=profile", owner.token());
        assertThat(mine.data()).extracting(file -> file.get("id")).containsExactly(uploaded.get("id"));
    }

    @Test
    void aRenamedExecutableIsNotAnImage() {
        Account owner = callout.customer();
        byte[] executable = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        Reply refused = world.upload("/api/v1/files", owner.token(), Part.field("purpose", "profile"),
                Part.file("file", "holiday.jpg", "image/jpeg", executable));
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.errorCode()).isEqualTo("UNSUPPORTED_FILE_TYPE");
        assertThat(callout.get("/api/v1/files", owner.token()).data()).isEmpty();
    }

    @Test
    void jobPhotosAreLimitedInSizeAndNumberAndSeenOnlyByTheParties() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "accepted");

        byte[] sixMegabytes = Arrays.copyOf(TrustWorld.jpeg(), 6 * 1024 * 1024);
        Reply tooLarge = world.upload("/api/v1/jobs/" + jobId + "/photos", customer.token(),
                Part.file("photos", "big.jpg", "image/jpeg", sixMegabytes));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("FILE_TOO_LARGE");

        Part photo = Part.file("photos", "sink.png", "image/png", TrustWorld.png());
        Reply three = world.upload("/api/v1/jobs/" + jobId + "/photos", customer.token(), photo, photo, photo);
        assertThat(three.status()).as(three.text()).isEqualTo(201);
        Reply threeMore = world.upload("/api/v1/jobs/" + jobId + "/photos", customer.token(), photo, photo, photo);
        assertThat(threeMore.status()).isEqualTo(400);
        assertThat(threeMore.errorCode()).isEqualTo("TOO_MANY_PHOTOS");
        assertThat(callout.get("/api/v1/files?purpose=job", customer.token()).json().get("meta"))
                .extracting(meta -> TrustWorld.map(meta).get("total")).isEqualTo(3);
        assertThat(world.upload("/api/v1/jobs/" + jobId + "/photos", provider.token(), photo).status())
                .as("job photos are the customer's").isEqualTo(403);

        String photoUrl = "/api/v1/files/" + TrustWorld.map(((java.util.List<?>) three.json().get("photos")).getFirst()).get("id");
        assertThat(world.bytes(photoUrl, provider.token()).statusCode()).isEqualTo(200);
        assertThat(world.bytes(photoUrl, callout.admin().token()).statusCode()).isEqualTo(200);
        assertThat(world.bytes(photoUrl, callout.customer().token()).statusCode()).as("a stranger").isEqualTo(404);

        Reply byProvider = world.uploadImage(provider.token(), "job", jobId, TrustWorld.png());
        assertThat(byProvider.status()).as(byProvider.text()).isEqualTo(201);
        List<List<Object>> expected = new ArrayList<>();
        for (Object added : (List<?>) three.json().get("photos")) {
            Map<String, Object> file = TrustWorld.map(added);
            expected.add(List.of(file.get("id"), file.get("url"), customer.id()));
        }
        expected.add(List.of(byProvider.get("id"), byProvider.get("url"), provider.id()));
        for (Account reader : List.of(customer, provider, callout.admin())) {
            assertThat(photosOf(callout.get("/api/v1/jobs/" + jobId, reader.token()).json()))
                    .as("every photo of the job, oldest first").isEqualTo(expected);
        }
        assertThat(callout.get("/api/v1/jobs?limit=100", provider.token()).data())
                .filteredOn(job -> jobId.equals(job.get("id"))).singleElement()
                .satisfies(job -> assertThat(photosOf(job)).isEqualTo(expected));
        Reply stranger = callout.get("/api/v1/jobs/" + jobId, callout.customer().token());
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.text()).doesNotContain(byProvider.get("id").toString());
    }

    /** A job body's photos as [id, url, owner], each with the time it was added. */
    private static List<List<Object>> photosOf(Map<String, Object> job) {
        return ((List<?>) job.get("photos")).stream().map(TrustWorld::map).map(photo -> {
            assertThat(photo.get("uploaded_at")).isNotNull();
            return List.of(photo.get("id"), photo.get("url"), photo.get("owner_id"));
        }).toList();
    }

    @Test
    void aTruncatedImageIsRefusedAsDamagedAndNothingIsKept() {
        Account owner = callout.customer();
        byte[] gif = TrustWorld.gif();
        byte[] jpeg = TrustWorld.jpeg();
        for (byte[] truncated : List.of(Arrays.copyOf(gif, 10), Arrays.copyOf(jpeg, jpeg.length - 2),
                Arrays.copyOf(TrustWorld.webpWithLocation(), 200))) {
            Reply refused = world.uploadImage(owner.token(), "profile", null, truncated);
            assertThat(refused.status()).as(refused.text()).isEqualTo(415);
            assertThat(refused.errorCode()).isEqualTo("IMAGE_DAMAGED");
            assertThat(refused.text()).contains("truncated or damaged");
        }
        assertThat(callout.get("/api/v1/files", owner.token()).data()).isEmpty();
    }

    @Test
    void aWebpIsDecodedAndStoredWithoutItsLocation() {
        Account owner = callout.customer();
        Reply uploaded = world.uploadImage(owner.token(), "profile", null, TrustWorld.webpWithLocation());
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(uploaded.get("content_type")).isEqualTo("image/webp");

        HttpResponse<byte[]> served = world.bytes("/api/v1/files/" + uploaded.get("id"), owner.token());
        assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude").doesNotContain("EXIF");
    }

    @Test
    void theOriginalNameIsKeptAsASafeBaseNameAndServedAsTheDownloadName() {
        Account owner = callout.customer();
        Reply uploaded = world.upload("/api/v1/files", owner.token(), Part.field("purpose", "profile"),
                Part.file("file", "../../Users/me/h\u202Eol\u0007iday <1>.png", "image/png", TrustWorld.png()));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        assertThat(uploaded.get("original_filename")).isEqualTo("holiday _1_.png");

        HttpResponse<byte[]> served = world.bytes("/api/v1/files/" + uploaded.get("id"), owner.token());
        assertThat(served.headers().firstValue("Content-Disposition"))
                .contains("inline; filename=\"holiday _1_.png\"; filename*=UTF-8''holiday%20_1_.png");
        assertThat(callout.get("/api/v1/files", owner.token()).data()).extracting(file -> file.get("original_filename"))
                .containsExactly("holiday _1_.png");
    }

    @Test
    void parallelUploadsNeverPassTheFivePhotoCap() throws Exception {
        Account customer = callout.customer();
        String jobId = world.job(customer, callout.provider("plumber"), "accepted");
        Part photo = Part.file("photos", "sink.png", "image/png", TrustWorld.png());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Reply> replies = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> uploads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uploads.add(pool.submit(() -> {
                    start.await();
                    return world.upload("/api/v1/jobs/" + jobId + "/photos", customer.token(), photo);
                }));
            }
            start.countDown();
            for (Future<Reply> upload : uploads) {
                replies.add(upload.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(5);
        assertThat(replies).filteredOn(reply -> reply.status() == 400)
                .hasSize(3).allSatisfy(reply -> assertThat(reply.errorCode()).isEqualTo("TOO_MANY_PHOTOS"));
        assertThat(TrustWorld.map(callout.get("/api/v1/files?purpose=job", customer.token()).json().get("meta")).get("total"))
                .isEqualTo(5);
    }

    @Test
    void disputeEvidenceAndChatImagesCannotBeDeletedWhileReferredTo() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String done = world.job(customer, provider, "completed");
        String evidence = world.uploadImage(customer.token(), "dispute", done, TrustWorld.png()).get("id");
        Reply raised = callout.post("/api/v1/disputes", customer.token(), """
                {"job_id": "%s", "reason": "Still leaking", "evidence_file_ids": ["%s"]}""".formatted(done, evidence));
        assertThat(raised.status()).as(raised.text()).isEqualTo(201);
        String working = world.job(customer, provider, "in_progress");
        String image = world.uploadImage(customer.token(), "profile", null, TrustWorld.png()).get("id");
        assertThat(callout.post("/api/v1/jobs/" + working + "/messages", customer.token(),
                "{\"content\": \"this one\", \"image_file_id\": \"" + image + "\"}").status()).isEqualTo(201);

        for (String id : List.of(evidence, image)) {
            Reply refused = callout.send("DELETE", "/api/v1/files/" + id, customer.token(), null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.errorCode()).isEqualTo("FILE_IN_USE");
            assertThat(world.bytes("/api/v1/files/" + id, customer.token()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void onlyTheOwnerDeletesAFile() {
        Account owner = callout.customer();
        String id = world.uploadImage(owner.token(), "profile", null, TrustWorld.png()).get("id");
        assertThat(callout.send("DELETE", "/api/v1/files/" + id, callout.customer().token(), null).status()).isEqualTo(404);
        assertThat(callout.send("DELETE", "/api/v1/files/" + id, owner.token(), null).status()).isEqualTo(204);
        assertThat(world.bytes("/api/v1/files/" + id, owner.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void uploadsAreLimitedToTenAMinutePerUser() {
        Account busy = callout.customer();
        for (int i = 0; i < 10; i++) {
            assertThat(world.uploadImage(busy.token(), "profile", null, TrustWorld.png()).status()).isEqualTo(201);
        }
        Reply limited = world.uploadImage(busy.token(), "profile", null, TrustWorld.png());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(limited.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.raw().headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(world.uploadImage(callout.customer().token(), "profile", null, TrustWorld.png()).status())
                .as("another user has their own allowance").isEqualTo(201);
    }
}

package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import dev.callout.bootstrap.TrustWorld.Part;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Chayenity's and BlueWork's uploads: type by bytes, size limits, metadata stripped, who may see, rate limit. */
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

package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/** Jobs in a given state, images and multipart uploads for the trust end-to-end tests. */
final class TrustWorld {

    static final String PLUMBING = """
            {"category": "plumber", "description": "Leaking pipe under the sink",
             "location": {"lat": 14.5547, "lng": 121.0244, "address": "123 Rizal St, Makati"},
             "urgency": "immediate", "budget": {"amount": "850.00", "currency": "PHP"}}""";

    final RunningCallout callout;
    private final HttpClient http = HttpClient.newHttpClient();

    TrustWorld() {
        this(RunningCallout.get());
    }

    TrustWorld(RunningCallout callout) {
        this.callout = callout;
    }

    /** A job of the customer's, taken by the provider and moved to {@code status} (requested, accepted, in_progress, completed). */
    String job(Account customer, Account provider, String status) {
        Reply posted = callout.post("/api/v1/jobs", customer.token(), PLUMBING);
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        String jobId = posted.get("id");
        if (status.equals("requested")) {
            return jobId;
        }
        assertThat(callout.post("/api/v1/jobs/" + jobId + "/accept", provider.token(), null).status()).isEqualTo(200);
        List<String> steps = switch (status) {
            case "accepted" -> List.of();
            case "in_progress" -> List.of("in_progress");
            default -> List.of("in_progress", "completed");
        };
        for (String next : steps) {
            Reply moved = callout.patch("/api/v1/jobs/" + jobId + "/status", provider.token(), "{\"status\": \"" + next + "\"}");
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        return jobId;
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] gif() {
        return image("gif");
    }

    /** A JPEG carrying an EXIF segment with a GPS marker right after its start, as phones write them. */
    static byte[] jpegWithLocation() {
        byte[] plain = jpeg();
        byte[] exif = "Exif\0\0GPSLatitude=14.5547;GPSLongitude=121.0244".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A lossy WebP (cwebp) with an EXIF chunk carrying a GPS marker (webpmux), under src/test/resources/images. */
    static byte[] webpWithLocation() {
        try (var in = TrustWorld.class.getResourceAsStream("/images/gps.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One part of a multipart form: a text field when {@code filename} is null. */
    record Part(String name, String filename, String contentType, byte[] bytes) {
        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String name, String filename, String contentType, byte[] bytes) {
            return new Part(name, filename, contentType, bytes);
        }
    }

    Reply upload(String path, String token, Part... parts) {
        String boundary = "callout-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"") + "\r\n"
                    + (part.contentType() == null ? "" : "Content-Type: " + part.contentType() + "\r\n") + "\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(callout.server.getURL() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return send(request);
    }

    Reply uploadImage(String token, String purpose, String jobId, byte[] bytes) {
        return jobId == null
                ? upload("/api/v1/files", token, Part.field("purpose", purpose), Part.file("file", "photo.png", "image/png", bytes))
                : upload("/api/v1/files", token, Part.field("purpose", purpose), Part.field("job_id", jobId),
                Part.file("file", "photo.png", "image/png", bytes));
    }

    /** The raw bytes of a GET. */
    HttpResponse<byte[]> bytes(String path, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(callout.server.getURL() + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            Object parsed = isJson && !response.body().isEmpty()
                    ? callout.context.getBean(JsonMapper.class).readValue(response.body(), Argument.OBJECT_ARGUMENT) : null;
            return new Reply(response.statusCode(), response, parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code probe} until it holds or the time is up (the relay works after commit, on its own thread). */
    static <T> T eventually(Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s; last value " + value);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            value = probe.get();
        }
        return value;
    }

    JsonMapper json() {
        return callout.context.getBean(JsonMapper.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}

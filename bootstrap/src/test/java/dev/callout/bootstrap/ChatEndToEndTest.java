package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.RunningCallout.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-job chat of every seed: parties only, over HTTP and the socket, typing, unread counts, read-only once closed. */
class ChatEndToEndTest {

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;

    @Test
    void thePartiesTalkOverHttpAndTheSocketAndStrangersSeeNothing() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "accepted");
        String base = callout.server.getURL().toString();
        try (SocketProbe customerSocket = SocketProbe.connect(base, customer.token(), world.json());
             SocketProbe providerSocket = SocketProbe.connect(base, provider.token(), world.json())) {
            customerSocket.await("connected");
            providerSocket.await("connected");

            Reply sent = callout.post("/api/v1/jobs/" + jobId + "/messages", customer.token(), "{\"content\": \"Can you come before noon?\"}");
            assertThat(sent.status()).as(sent.text()).isEqualTo(201);
            SocketProbe.Frame received = providerSocket.await("message.received", data -> jobId.equals(data.get("job_id")));
            assertThat(TrustWorld.map(received.data().get("message")).get("content")).isEqualTo("Can you come before noon?");

            providerSocket.send("typing", Map.of("job_id", jobId, "is_typing", true));
            SocketProbe.Frame typing = customerSocket.await("typing");
            assertThat(typing.data()).containsEntry("user_id", provider.id()).containsEntry("is_typing", true);

            providerSocket.send("message.send", Map.of("job_id", jobId, "content", "I'll be there by 10:30 AM."));
            customerSocket.await("message.received", data -> provider.id().equals(TrustWorld.map(data.get("message")).get("sender_id")));

            Reply thread = callout.get("/api/v1/jobs/" + jobId + "/messages", customer.token());
            assertThat(thread.data()).extracting(m -> m.get("content"))
                    .containsExactly("I'll be there by 10:30 AM.", "Can you come before noon?");
            assertThat(thread.json().get("unread_count")).isEqualTo(1);
            assertThat(callout.post("/api/v1/jobs/" + jobId + "/messages/read", customer.token(), null).json().get("marked_read"))
                    .isEqualTo(1);
            assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", customer.token()).json().get("unread_count")).isEqualTo(0);
            assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", provider.token()).json().get("unread_count"))
                    .as("the customer's message is still unread by the provider").isEqualTo(1);

            String admin = callout.admin().token();
            assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", admin).data()).as("admins read every thread")
                    .extracting(m -> m.get("content")).containsExactly("I'll be there by 10:30 AM.", "Can you come before noon?");
            assertThat(callout.post("/api/v1/jobs/" + jobId + "/messages", admin, "{\"content\": \"hello\"}").status())
                    .as("but only the parties write").isEqualTo(404);
            assertThat(callout.post("/api/v1/jobs/" + jobId + "/messages/read", admin, null).status()).isEqualTo(404);

            Account stranger = callout.customer();
            assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", stranger.token()).status()).isEqualTo(404);
            assertThat(callout.post("/api/v1/jobs/" + jobId + "/messages", stranger.token(), "{\"content\": \"hi\"}").status())
                    .isEqualTo(404);
            try (SocketProbe strangerSocket = SocketProbe.connect(base, stranger.token(), world.json())) {
                strangerSocket.await("connected");
                strangerSocket.send("message.send", Map.of("job_id", jobId, "content", "let me in"));
                assertThat(strangerSocket.await("error").data()).containsEntry("code", "JOB_NOT_FOUND");
            }
        }
    }

    @Test
    void messagesHaveLimitsAndImagesMustBeTheSendersOwn() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "in_progress");
        Reply tooLong = callout.post("/api/v1/jobs/" + jobId + "/messages", customer.token(),
                "{\"content\": \"" + "x".repeat(2001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsKey("content");
        assertThat(callout.post("/api/v1/jobs/" + jobId + "/messages", customer.token(), "{\"content\": \"  \"}").status()).isEqualTo(400);

        String mine = world.uploadImage(customer.token(), "job", jobId, TrustWorld.png()).get("id");
        String someoneElses = world.uploadImage(callout.customer().token(), "profile", null, TrustWorld.png()).get("id");
        assertThat(callout.post("/api/v1/jobs/" + jobId + "/messages", customer.token(),
                "{\"image_file_id\": \"" + someoneElses + "\"}").status()).isEqualTo(400);
        Reply withImage = callout.post("/api/v1/jobs/" + jobId + "/messages", customer.token(),
                "{\"content\": \"this one\", \"image_file_id\": \"" + mine + "\"}");
        assertThat(withImage.status()).isEqualTo(201);
        assertThat(world.bytes((String) withImage.json().get("image_url"), provider.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void theThreadIsReadOnlyOnceTheJobIsOver() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "completed");
        Reply closed = callout.post("/api/v1/jobs/" + jobId + "/messages", customer.token(), "{\"content\": \"thanks!\"}");
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.errorCode()).isEqualTo("JOB_CLOSED");
        assertThat(callout.get("/api/v1/jobs/" + jobId + "/messages", customer.token()).status()).isEqualTo(200);
        try (SocketProbe socket = SocketProbe.connect(callout.server.getURL().toString(), provider.token(), world.json())) {
            socket.await("connected");
            socket.send("message.send", Map.of("job_id", jobId, "content", "you're welcome"));
            assertThat(socket.await("error").data()).containsEntry("code", "JOB_CLOSED");
        }
    }
}

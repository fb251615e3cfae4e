package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Account;
import dev.callout.bootstrap.SocketProbe.Frame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Presence on a job's channel over real sockets: the other party hears a party's first socket
 * subscribe and its last one go (unsubscribed, closed or ended by the server), and a subscriber is
 * told who is already there.
 */
class PresenceEndToEndTest {

    private final TrustWorld world = new TrustWorld();
    private final RunningCallout callout = world.callout;
    private final String base = callout.server.getURL().toString();

    private SocketProbe connect(Account account) {
        SocketProbe socket = SocketProbe.connect(base, account.token(), world.json());
        socket.await("connected");
        return socket;
    }

    static Frame subscribe(SocketProbe socket, String jobId) {
        socket.send("job.subscribe", Map.of("job_id", jobId));
        return socket.await("job.subscribed", data -> jobId.equals(data.get("job_id")));
    }

    static Frame awaitPresence(SocketProbe socket, String jobId, Account who, String state) {
        Frame presence = socket.await("presence", data -> jobId.equals(data.get("job_id")) && who.id().equals(data.get("user_id"))
                && state.equals(data.get("state")));
        assertThat(presence.id()).as("presence is never stored").isNull();
        return presence;
    }

    /** How many presence frames of {@code who} the socket received so far. */
    static long presenceFrames(SocketProbe socket, Account who, String state) {
        return socket.seen().stream().filter(frame -> frame.event().equals("presence"))
                .filter(frame -> who.id().equals(frame.data().get("user_id")) && state.equals(frame.data().get("state"))).count();
    }

    /** A message from the customer: once the provider has it, every frame published before it has arrived too. */
    private void marker(String jobId, Account customer, SocketProbe providerSocket, String text) {
        callout.post("/api/v1/jobs/" + jobId + "/messages", customer.token(), "{\"content\": \"" + text + "\"}");
        providerSocket.await("message.received", data -> text.equals(TrustWorld.map(data.get("message")).get("content")));
    }

    @Test
    void theOtherPartyHearsTheFirstSocketJoinAndTheLastOneLeave() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "accepted");
        try (SocketProbe providerSocket = connect(provider);
             SocketProbe phone = connect(customer);
             SocketProbe laptop = connect(customer)) {
            assertThat(subscribe(phone, jobId).data()).containsEntry("present", List.of());
            Frame joined = awaitPresence(providerSocket, jobId, customer, "joined");
            assertThat(joined.data()).containsEntry("recipient_id", provider.id());

            assertThat(subscribe(providerSocket, jobId).data()).containsEntry("present", List.of(customer.id()));
            awaitPresence(phone, jobId, provider, "joined");
            awaitPresence(laptop, jobId, provider, "joined");

            assertThat(subscribe(laptop, jobId).data()).containsEntry("present", List.of(provider.id()));
            phone.send("job.unsubscribe", Map.of("job_id", jobId));
            phone.await("job.unsubscribed");
            marker(jobId, customer, providerSocket, "still here on the laptop");
            assertThat(presenceFrames(providerSocket, customer, "joined")).as("the laptop joined a channel the customer was on")
                    .isOne();
            assertThat(presenceFrames(providerSocket, customer, "left")).as("the laptop is still subscribed").isZero();

            laptop.close();
            awaitPresence(providerSocket, jobId, customer, "left");
            assertThat(presenceFrames(phone, customer, "joined") + presenceFrames(phone, customer, "left"))
                    .as("nobody hears of themselves").isZero();
        }
    }

    @Test
    void aSocketTheServerEndsLeavesToo() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String jobId = world.job(customer, provider, "in_progress");
        try (SocketProbe providerSocket = connect(provider);
             SocketProbe customerSocket = connect(customer)) {
            subscribe(providerSocket, jobId);
            subscribe(customerSocket, jobId);
            awaitPresence(providerSocket, jobId, customer, "joined");

            assertThat(callout.post("/api/v1/auth/logout", customer.token(), null).status()).isEqualTo(204);

            assertThat(customerSocket.awaitClose(SocketSessionsEndToEndTest.CLOSE_DEADLINE).code()).isEqualTo(4001);
            awaitPresence(providerSocket, jobId, customer, "left");
        }
    }

    @Test
    void strangersJoinNothingAndAJobWithoutAProviderHasNobodyToTell() {
        Account customer = callout.customer();
        Account provider = callout.provider("plumber");
        String taken = world.job(customer, provider, "accepted");
        String open = world.job(customer, provider, "requested");
        try (SocketProbe providerSocket = connect(provider);
             SocketProbe customerSocket = connect(customer);
             SocketProbe strangerSocket = connect(callout.customer())) {
            subscribe(providerSocket, taken);
            strangerSocket.send("job.subscribe", Map.of("job_id", taken));
            assertThat(strangerSocket.await("error").data()).containsEntry("code", "JOB_NOT_FOUND");
            assertThat(subscribe(customerSocket, open).data()).containsEntry("present", List.of());

            marker(taken, customer, providerSocket, "only now");
            assertThat(providerSocket.seen()).noneMatch(frame -> frame.event().equals("presence"));
        }
    }
}

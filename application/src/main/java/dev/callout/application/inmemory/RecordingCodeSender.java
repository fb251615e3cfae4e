package dev.callout.application.inmemory;

import dev.callout.application.port.CodeSender;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps every code it is asked to send, so tests and embedders can read them. Sends nothing. */
public final class RecordingCodeSender implements CodeSender {

    public record Sent(Channel channel, String destination, Purpose purpose, String code) {
    }

    private final List<Sent> sent = new ArrayList<>();

    @Override
    public synchronized void send(Channel channel, String destination, Purpose purpose, String code) {
        sent.add(new Sent(channel, destination, purpose, code));
    }

    /** The last code sent to the address. */
    public synchronized Optional<String> lastCode(String destination) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).destination().equals(destination)) {
                return Optional.of(sent.get(i).code());
            }
        }
        return Optional.empty();
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}

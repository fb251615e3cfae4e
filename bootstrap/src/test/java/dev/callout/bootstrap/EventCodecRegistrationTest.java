package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.embedding.StandardEventCodecs;
import dev.callout.application.event.EventCodec;
import org.junit.jupiter.api.Test;

/** The server registers exactly the event codecs an embedded core gets, so both read every stored event. */
class EventCodecRegistrationTest {

    @Test
    void theServersCodecBeansAreTheEmbeddersCodecs() {
        RunningCallout callout = RunningCallout.get();

        assertThat(callout.context.getBeansOfType(EventCodec.class)).extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(StandardEventCodecs.list().stream().<Class<?>>map(Object::getClass).toList());
    }
}

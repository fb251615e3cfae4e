package dev.callout.rest.body;

import dev.callout.application.Change;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads a field of a partial update as a {@link Change}: a field missing from the body stays null
 * (no change), {@code null} is a change to nothing (clear it), any other value a change to it,
 * read as its type reads it.
 */
@Singleton
final class ChangeDeserializer implements Deserializer<Change<?>> {

    @Override
    public Deserializer<Change<?>> createSpecific(DecoderContext context, Argument<? super Change<?>> type)
            throws SerdeException {
        Argument<?> valueType = type.getFirstTypeVariable().orElse(Argument.STRING);
        Deserializer<?> values = context.findDeserializer(valueType).createSpecific(context, cast(valueType));
        return new Deserializer<>() {
            @Override
            public Change<?> deserialize(Decoder decoder, DecoderContext decoderContext, Argument<? super Change<?>> changeType)
                    throws IOException {
                return new Change<>(values.deserialize(decoder, decoderContext, cast(valueType)));
            }

            @Override
            public Change<?> deserializeNullable(Decoder decoder, DecoderContext decoderContext,
                                                 Argument<? super Change<?>> changeType) throws IOException {
                return decoder.decodeNull() ? new Change<>(null) : deserialize(decoder, decoderContext, changeType);
            }
        };
    }

    @Override
    public Change<?> deserialize(Decoder decoder, DecoderContext context, Argument<? super Change<?>> type) throws IOException {
        return createSpecific(context, type).deserialize(decoder, context, type);
    }

    @Override
    public Change<?> deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Change<?>> type)
            throws IOException {
        return createSpecific(context, type).deserializeNullable(decoder, context, type);
    }

    @SuppressWarnings("unchecked")
    private static <T> Argument<T> cast(Argument<?> argument) {
        return (Argument<T>) argument;
    }
}

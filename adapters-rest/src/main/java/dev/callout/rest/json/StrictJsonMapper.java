package dev.callout.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.callout.domain.text.TextRule;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.JsonFeatures;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.JsonStreamConfig;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.DeserializationConfiguration;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.config.SerializationConfiguration;
import io.micronaut.serde.jackson.JacksonJsonMapper;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.reactivestreams.Processor;

/**
 * The application's one JSON mapper, so request bodies, socket frames and every other JSON the
 * server reads are read strictly: the input must be UTF-8 (no invalid or overlong byte
 * sequences, no encoded surrogates), hold exactly one JSON value with no duplicate keys, and each
 * value must have the type of its field ({@link StrictJsonDecoder}). Strings are capped at
 * {@value #MAX_STRING_LENGTH} characters while parsing, before any field's own limit applies.
 * Writing is serde's, unchanged.
 */
@Singleton
@Replaces(JacksonJsonMapper.class)
public final class StrictJsonMapper implements ObjectMapper {

    static final int MAX_STRING_LENGTH = 1 << 20;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
            .build();

    private final ObjectMapper writer;
    private final SerdeRegistry registry;
    private final Deserializer.DecoderContext context;
    private final LimitingStream.RemainingLimits limits;

    @Inject
    StrictJsonMapper(SerdeRegistry registry, SerdeConfiguration configuration, SerdeJacksonConfiguration jackson) {
        this(new JacksonJsonMapper(registry, configuration, jackson), registry, LimitingStream.limitsFromConfiguration(configuration));
    }

    private StrictJsonMapper(ObjectMapper writer, SerdeRegistry registry, LimitingStream.RemainingLimits limits) {
        this.writer = writer;
        this.registry = registry;
        this.context = registry.newDecoderContext(Object.class);
        this.limits = limits;
    }

    @Override
    public <T> T readValue(byte[] bytes, Argument<T> type) throws IOException {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new InvalidJsonInput("the body is not valid UTF-8", e);
        }
        return read(FACTORY.createParser(text.array(), text.arrayOffset() + text.position(), text.remaining()), type);
    }

    @Override
    public <T> T readValue(String text, Argument<T> type) throws IOException {
        if (!TextRule.isWellFormed(text)) {
            throw new InvalidJsonInput("the text is not valid Unicode");
        }
        return read(FACTORY.createParser(text), type);
    }

    @Override
    public <T> T readValue(InputStream input, Argument<T> type) throws IOException {
        return readValue(input.readAllBytes(), type);
    }

    @Override
    public <T> T readValue(ByteBuffer<?> buffer, Argument<T> type) throws IOException {
        return readValue(buffer.toByteArray(), type);
    }

    @Override
    public <T> T readValueFromTree(JsonNode tree, Argument<T> type) throws IOException {
        return read(JsonNodeTreeCodec.getInstance().treeAsTokens(tree), type, false);
    }

    private <T> T read(JsonParser parser, Argument<T> type) throws IOException {
        return read(parser, type, true);
    }

    /** {@code text}: the parser reads a document, which must hold one value only (a tree holds one by construction). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T read(JsonParser parser, Argument<T> type, boolean text) throws IOException {
        try (parser) {
            StrictJsonDecoder decoder = new StrictJsonDecoder(parser, limits);
            decoder.requireValue();
            Deserializer deserializer = context.findDeserializer(type).createSpecific(context, (Argument) type);
            T value = (T) deserializer.deserializeNullable(decoder, context, type);
            if (text) {
                decoder.requireEnd();
            }
            return value;
        } catch (StreamReadException e) {
            throw new InvalidJsonInput("the body is not valid JSON", e);
        }
    }

    @Override
    public void updateValueFromTree(Object value, JsonNode tree) throws IOException {
        writer.updateValueFromTree(value, tree);
    }

    @Override
    public JsonNode writeValueToTree(Object value) throws IOException {
        return writer.writeValueToTree(value);
    }

    @Override
    public <T> JsonNode writeValueToTree(Argument<T> type, T value) throws IOException {
        return writer.writeValueToTree(type, value);
    }

    @Override
    public void writeValue(OutputStream output, Object value) throws IOException {
        writer.writeValue(output, value);
    }

    @Override
    public <T> void writeValue(OutputStream output, Argument<T> type, T value) throws IOException {
        writer.writeValue(output, type, value);
    }

    @Override
    public byte[] writeValueAsBytes(Object value) throws IOException {
        return writer.writeValueAsBytes(value);
    }

    @Override
    public <T> byte[] writeValueAsBytes(Argument<T> type, T value) throws IOException {
        return writer.writeValueAsBytes(type, value);
    }

    @Override
    public JsonStreamConfig getStreamConfig() {
        return writer.getStreamConfig();
    }

    /** Streamed JSON (not used by any route) is parsed by serde; each value is then read from its tree, strictly. */
    @Override
    public Processor<byte[], JsonNode> createReactiveParser(Consumer<Processor<byte[], JsonNode>> onSubscribe, boolean streamArray) {
        return writer.createReactiveParser(onSubscribe, streamArray);
    }

    @Override
    public SerdeRegistry getSerdeRegistry() {
        return registry;
    }

    /** The rules do not vary by type, view or feature: the same mapper serves them all. */
    @Override
    public JsonMapper createSpecific(Argument<?> type) {
        return this;
    }

    @Override
    public JsonMapper cloneWithFeatures(JsonFeatures features) {
        return this;
    }

    @Override
    public JsonMapper cloneWithViewClass(Class<?> viewClass) {
        return this;
    }

    @Override
    public ObjectMapper cloneWithConfiguration(SerdeConfiguration configuration, SerializationConfiguration serialization,
                                               DeserializationConfiguration deserialization) {
        return new StrictJsonMapper(writer.cloneWithConfiguration(configuration, serialization, deserialization),
                registry.cloneWithConfiguration(configuration, serialization, deserialization),
                configuration == null ? limits : LimitingStream.limitsFromConfiguration(configuration));
    }
}

package dev.callout.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.callout.domain.text.TextRule;
import io.micronaut.core.type.Argument;
import io.micronaut.jackson.core.tree.JsonNodeTreeCodec;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.exceptions.SerdeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads each value as it is written, where serde's own decoder converts: a string only from a JSON
 * string, a whole number only from a JSON integer, a boolean only from {@code true} or
 * {@code false}, an array only from an array (never one value for an array, nor a one-element
 * array for a value). A decimal (every one in this API is an amount of money) takes a JSON number
 * or a string holding a plain decimal, at most {@value #MAX_DECIMAL_DIGITS} digits on either side
 * of the point. Every string, keys included, must be well-formed Unicode: no lone surrogate from a
 * backslash-u escape. The problems are {@link InvalidJsonInput}s, which name the field.
 */
final class StrictJsonDecoder extends LimitingStream implements Decoder {

    static final int MAX_DECIMAL_DIGITS = 30;
    private static final String DIGITS = "[0-9]{1," + MAX_DECIMAL_DIGITS + "}";
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?" + DIGITS + "(\\." + DIGITS + ")?");

    private final JsonParser parser;
    /** The parser's current token has been looked at but not taken yet. */
    private boolean peeked;

    StrictJsonDecoder(JsonParser parser, RemainingLimits limits) {
        super(limits);
        this.parser = parser;
    }

    /** Refuses an empty input. */
    void requireValue() throws IOException {
        if (peek() == null) {
            throw new InvalidJsonInput("the body is empty: send one JSON value");
        }
    }

    /** Refuses anything after the value just read. */
    void requireEnd() throws IOException {
        if (peek() != null) {
            throw new InvalidJsonInput("the body holds more than one JSON value");
        }
    }

    private JsonToken peek() throws IOException {
        if (!peeked) {
            JsonToken token = parser.nextToken();
            if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && !TextRule.isWellFormed(parser.getText())) {
                throw new InvalidJsonInput("must be valid Unicode: an escape names half of a surrogate pair");
            }
            peeked = true;
        }
        return parser.currentToken();
    }

    private JsonToken next() throws IOException {
        JsonToken token = peek();
        peeked = false;
        return token;
    }

    private void take(JsonToken token, String what) throws IOException {
        if (next() != token) {
            throw expected(what);
        }
    }

    private static InvalidJsonInput expected(String what) {
        return new InvalidJsonInput("must be " + what);
    }

    @Override
    public Decoder decodeArray(Argument<?> type) throws IOException {
        return open(JsonToken.START_ARRAY, "an array");
    }

    @Override
    public boolean hasNextArrayValue() throws IOException {
        return peek() != JsonToken.END_ARRAY;
    }

    @Override
    public Decoder decodeObject(Argument<?> type) throws IOException {
        return open(JsonToken.START_OBJECT, "an object");
    }

    private Decoder open(JsonToken start, String what) throws IOException {
        take(start, what);
        increaseDepth();
        return this;
    }

    @Override
    public String decodeKey() throws IOException {
        JsonToken token = peek();
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw expected("a field name");
        }
        next();
        return parser.currentName();
    }

    @Override
    public void finishStructure(boolean consumeLeftElements) throws IOException {
        JsonToken token = next();
        while (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
            if (!consumeLeftElements) {
                throw new IllegalStateException("the structure has elements left");
            }
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                skipChildren();
            }
            token = next();
        }
        decreaseDepth();
    }

    /** Skips to the end of the structure just opened, checking every string on the way. */
    private void skipChildren() throws IOException {
        int open = 1;
        while (open > 0) {
            JsonToken token = next();
            if (token == null) {
                throw new InvalidJsonInput("the body ends inside a value");
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
    }

    @Override
    public void skipValue() throws IOException {
        JsonToken token = next();
        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
            skipChildren();
        }
    }

    @Override
    public String decodeString() throws IOException {
        take(JsonToken.VALUE_STRING, "a string");
        return parser.getText();
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        return switch (next()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case null, default -> throw expected("true or false");
        };
    }

    @Override
    public byte decodeByte() throws IOException {
        return (byte) wholeNumber(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public short decodeShort() throws IOException {
        return (short) wholeNumber(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public char decodeChar() throws IOException {
        String text = decodeString();
        if (text.length() != 1) {
            throw expected("a single character");
        }
        return text.charAt(0);
    }

    @Override
    public int decodeInt() throws IOException {
        return (int) wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public long decodeLong() throws IOException {
        return wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private long wholeNumber(long min, long max) throws IOException {
        take(JsonToken.VALUE_NUMBER_INT, "a whole number");
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new InvalidJsonInput("is out of range");
        }
        long value = parser.getLongValue();
        if (value < min || value > max) {
            throw new InvalidJsonInput("is out of range");
        }
        return value;
    }

    @Override
    public BigInteger decodeBigInteger() throws IOException {
        take(JsonToken.VALUE_NUMBER_INT, "a whole number");
        return parser.getBigIntegerValue();
    }

    @Override
    public float decodeFloat() throws IOException {
        double value = decodeDouble();
        if (Math.abs(value) > Float.MAX_VALUE) {
            throw new InvalidJsonInput("is out of range");
        }
        return (float) value;
    }

    @Override
    public double decodeDouble() throws IOException {
        JsonToken token = next();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw expected("a number");
        }
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidJsonInput("is out of range");
        }
        return value;
    }

    @Override
    public BigDecimal decodeBigDecimal() throws IOException {
        BigDecimal value = switch (next()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_STRING -> {
                String text = parser.getText();
                if (!PLAIN_DECIMAL.matcher(text).matches()) {
                    throw expected("a number or a decimal string such as \"850.00\"");
                }
                yield new BigDecimal(text);
            }
            case null, default -> throw expected("a number or a decimal string such as \"850.00\"");
        };
        if (value.scale() > MAX_DECIMAL_DIGITS || value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
            throw new InvalidJsonInput("is out of range");
        }
        return value;
    }

    @Override
    public Number decodeNumber() throws IOException {
        JsonToken token = next();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw expected("a number");
        }
        return parser.getNumberValue();
    }

    @Override
    public boolean decodeNull() throws IOException {
        if (peek() == JsonToken.VALUE_NULL) {
            next();
            return true;
        }
        return false;
    }

    /** Any value as plain Java: maps, lists, strings, numbers, booleans and null. */
    @Override
    public Object decodeArbitrary() throws IOException {
        return switch (next()) {
            case START_OBJECT -> {
                increaseDepth();
                Map<String, Object> fields = new LinkedHashMap<>();
                while (peek() == JsonToken.FIELD_NAME) {
                    next();
                    String key = parser.currentName();
                    fields.put(key, decodeArbitrary());
                }
                finishStructure(false);
                yield fields;
            }
            case START_ARRAY -> {
                increaseDepth();
                List<Object> items = new ArrayList<>();
                while (hasNextArrayValue()) {
                    items.add(decodeArbitrary());
                }
                finishStructure(false);
                yield items;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            case null, default -> throw expected("a JSON value");
        };
    }

    @Override
    public JsonNode decodeNode() throws IOException {
        return JsonNode.from(decodeArbitrary());
    }

    @Override
    public Decoder decodeBuffer() throws IOException {
        return new StrictJsonDecoder(JsonNodeTreeCodec.getInstance().treeAsTokens(decodeNode()), ourLimits());
    }

    /** For serde's own deserializers' problems, whose words are not for clients. */
    @Override
    public IOException createDeserializationException(String message, Object invalidValue) {
        return new SerdeException(message);
    }
}

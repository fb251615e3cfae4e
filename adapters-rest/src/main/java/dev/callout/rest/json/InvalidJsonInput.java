package dev.callout.rest.json;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * JSON the server refuses to read, described in words a client may see ("must be a string"). Being
 * a {@link SerdeException}, it collects the path of the property it was thrown in as it leaves
 * each bean, so the answer can name the field.
 */
public final class InvalidJsonInput extends SerdeException {

    InvalidJsonInput(String problem) {
        super(problem);
    }

    InvalidJsonInput(String problem, Throwable cause) {
        super(problem, cause);
    }
}

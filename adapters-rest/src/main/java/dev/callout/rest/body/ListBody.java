package dev.callout.rest.body;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A list of any items, for the product profiles' bodies; canonical routes answer a record of their own. */
@Serdeable
public record ListBody<T>(List<T> data) {
}

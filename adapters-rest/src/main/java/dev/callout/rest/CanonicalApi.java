package dev.callout.rest;

import io.micronaut.context.annotation.Requires;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A canonical controller whose routes a product profile serves in its own words at the same paths:
 * BlueWork owns /api/v1 with {@code --profile bluework}, so these step aside there
 * (docs/profiles/bluework.md). Every other profile, and the default, serves them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Requires(property = "callout.profile", notEquals = "bluework")
public @interface CanonicalApi {
}

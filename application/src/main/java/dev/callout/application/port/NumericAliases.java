package dev.callout.application.port;

import java.util.Optional;

/**
 * A stable whole number for an id (a user's, a job's), for product APIs whose ids are integers.
 * The first {@link #aliasOf} call for an id gives it the next number; every later call, from any
 * node, gives the same one. Numbers are positive, never reused, and may skip values.
 */
public interface NumericAliases {

    long aliasOf(String id);

    /** The id a number stands for, if it was ever given. */
    Optional<String> idOf(long alias);
}

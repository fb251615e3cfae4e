package dev.callout.domain.id;

/** Source of new identifiers; injected so tests and embedders control it. */
@FunctionalInterface
public interface IdGenerator {

    /** A new identifier: the prefix, an underscore, and a unique time-ordered suffix. */
    String next(String prefix);
}

package dev.callout.application;

/**
 * One field of a partial update (PATCH): a missing {@code Change} (null) keeps the field as it is;
 * a {@code Change} sets it to {@code value}, and a null value clears it.
 */
public record Change<T>(T value) {

    /** The field after this change: {@code current} when there is none. */
    public static <T> T applied(Change<T> change, T current) {
        return change == null ? current : change.value();
    }
}

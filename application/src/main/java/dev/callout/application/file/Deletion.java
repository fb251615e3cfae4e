package dev.callout.application.file;

/** What deleting a file came to. */
public enum Deletion {
    DELETED,
    /** No such file, or not the caller's. */
    NOT_FOUND,
    /** A dispute's evidence or a chat message refers to it: it stays. */
    IN_USE
}

package dev.callout.domain.user;

/** A user has exactly one role. The seeds' worker, assistant, helper and operator are providers. */
public enum Role {
    CUSTOMER, PROVIDER, ADMIN;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

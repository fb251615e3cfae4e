package dev.callout.persistence;

/** One migrated database shared by the identity stores' tests (each test makes its own rows). */
final class IdentityDatabase {

    private static TestDatabase database;

    private IdentityDatabase() {
    }

    static synchronized TestDatabase get() {
        if (database == null) {
            database = TestDatabase.started();
        }
        return database;
    }
}

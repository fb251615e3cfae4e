package dev.callout.bootstrap;

/** Whether an external PostgreSQL is configured, in which case no embedded one is started. */
final class ExternalDatabase {

    private ExternalDatabase() {
    }

    static boolean isConfigured() {
        return present(System.getenv("DATASOURCES_DEFAULT_URL")) || present(System.getProperty("datasources.default.url"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

package dev.callout.bootstrap;

import dev.callout.application.InvalidCommandException;
import dev.callout.application.account.CreateAdminUseCase;
import dev.callout.application.account.CreateAdminUseCase.CreateAdminCommand;
import dev.callout.application.account.CreateAdminUseCase.CreateAdminResult;
import dev.callout.persistence.embedded.EmbeddedPostgresServer;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./callout admin create --email E [--phone P] [--name N]}: creates an admin account. The
 * password comes from CALLOUT_ADMIN_PASSWORD or the first line of standard input, never the
 * command line. With an external database it uses that; with the embedded one it connects to the
 * PostgreSQL a running server started (its port is in {@code postmaster.pid}), or starts the
 * embedded PostgreSQL itself for the moment it needs it when no server runs.
 */
public final class AdminCommand {

    private AdminCommand() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        String password = Optional.ofNullable(System.getenv("CALLOUT_ADMIN_PASSWORD")).filter(p -> !p.isBlank())
                .orElseGet(AdminCommand::passwordFromStdin);
        Path dataDirectory = DataDirectory.resolve();
        Map<String, Object> properties = new HashMap<>();
        properties.put(JwtSecret.PROPERTY, JwtSecret.resolve(dataDirectory));
        properties.put(WebhookSecretsKey.PROPERTY, WebhookSecretsKey.resolve(dataDirectory));
        EmbeddedPostgresServer started = null;
        if (!ExternalDatabase.isConfigured()) {
            Path postgres = dataDirectory.resolve("postgres");
            Optional<Integer> running = runningPort(postgres);
            int port;
            if (running.isPresent()) {
                port = running.get();
            } else {
                started = EmbeddedPostgresServer.start(postgres, 0);
                started.createDatabaseIfMissing("callout");
                port = started.port();
            }
            properties.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + port + "/callout");
            properties.put("datasources.default.username", "postgres");
            properties.put("datasources.default.password", "");
        }
        int exit;
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).environments("cli").start()) {
            CreateAdminResult result = context.getBean(CreateAdminUseCase.class).create(new CreateAdminCommand(
                    options.getOrDefault("name", "Administrator"), options.get("email"), options.get("phone"), password));
            exit = switch (result) {
                case CreateAdminResult.Created created -> {
                    System.out.println("Created admin " + created.admin().id() + " ("
                            + Optional.ofNullable(created.admin().email()).orElse(created.admin().phone()) + ")");
                    yield 0;
                }
                case CreateAdminResult.EmailTaken taken -> fail("that email already belongs to an account");
                case CreateAdminResult.PhoneTaken taken -> fail("that phone already belongs to an account");
            };
        } catch (InvalidCommandException invalid) {
            exit = fail("invalid input: " + invalid.fields());
        } finally {
            if (started != null) {
                started.close();
            }
        }
        System.exit(exit);
    }

    private static int fail(String message) {
        System.err.println("callout admin: " + message);
        return 1;
    }

    private static Map<String, String> options(String[] args) {
        List<String> list = List.of(args);
        if (list.isEmpty() || !list.getFirst().equals("create")) {
            System.err.println("usage: callout admin create --email EMAIL [--phone PHONE] [--name NAME]"
                    + " (password from CALLOUT_ADMIN_PASSWORD or standard input)");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < list.size(); i++) {
            String option = list.get(i);
            if (!option.startsWith("--") || i + 1 >= list.size() || !List.of("--email", "--phone", "--name").contains(option)) {
                System.err.println("callout admin: unknown or incomplete option " + option);
                System.exit(2);
            }
            options.put(option.substring(2), list.get(++i));
        }
        return options;
    }

    private static String passwordFromStdin() {
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Password for the new admin (12+ characters): ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        }
    }

    /** The port of a live postmaster using the data directory (its pid file's fourth line), if there is one. */
    static Optional<Integer> runningPort(Path postgresData) throws IOException {
        Path pidFile = postgresData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.of(Integer.parseInt(lines.get(3).strip()));
        }
        return Optional.empty();
    }
}

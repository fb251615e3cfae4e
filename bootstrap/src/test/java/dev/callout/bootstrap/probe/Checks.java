package dev.callout.bootstrap.probe;

import dev.callout.bootstrap.ProbeTarget.Answer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What every refusal must look like, collected as failures so one run lists every route that breaks a promise. */
final class Checks {

    /** A Java class or package name, a stack frame, or SQL: what no answer may carry. */
    static final Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|io\\.micronaut|io\\.netty|com\\.fasterxml|org\\.postgresql|org\\.jooq|org\\.flywaydb"
                    + "|dev\\.callout|Exception|\\bSQL\\b|select \"|insert into|\\.java:\\d+|\\bat \\w+\\.\\w+\\(");

    private Checks() {
    }

    /**
     * Adds to {@code failures} unless the answer has one of the statuses, is in the envelope with a code,
     * carries no internals and has the security headers of every answer.
     */
    static void refusal(List<String> failures, String what, Answer answer, Set<Integer> statuses) {
        String problem = null;
        if (!statuses.contains(answer.status())) {
            problem = "status " + answer.status() + ", expected one of " + statuses;
        } else if (answer.errorCode() == null || answer.errorCode().isBlank()) {
            problem = "not in the error envelope";
        } else if (INTERNALS.matcher(answer.text()).find()) {
            problem = "internals in the answer";
        } else if (!secured(answer)) {
            problem = "without the security headers";
        }
        if (problem != null) {
            failures.add(what + ": " + problem + " -> " + abbreviated(answer.text()));
        }
    }

    /** Whether the answer went through the filters that put the security headers on every answer (nosniff stands for them). */
    static boolean secured(Answer answer) {
        return answer.headers().allValues("X-Content-Type-Options").equals(List.of("nosniff"));
    }

    static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

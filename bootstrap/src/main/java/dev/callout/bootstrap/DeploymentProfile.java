package dev.callout.bootstrap;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which product's API this deployment speaks besides the canonical one ({@code callout.profile},
 * CALLOUT_PROFILE, {@code ./callout start --profile NAME}). A profile is also a Micronaut
 * environment of the same name, so {@code application-NAME.yml} sets its policies, currency and
 * starter catalog, and its adapters declare {@code @Requires(property = "callout.profile", value = NAME)}.
 */
public enum DeploymentProfile {
    CALLOUT, DEPANNINI, CHAYENITY, ART, BLUEWORK, ORDERS;

    public static final String PROPERTY = "callout.profile";

    /** The profile named by the system property, else by CALLOUT_PROFILE, else {@link #CALLOUT}. */
    static DeploymentProfile resolve() {
        String name = Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv("CALLOUT_PROFILE"));
        return name == null || name.isBlank() ? CALLOUT : named(name);
    }

    /** The profile of that name (any case), or a refusal that lists the names there are. */
    static DeploymentProfile named(String name) {
        return Arrays.stream(values())
                .filter(profile -> profile.id().equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + name + "': choose one of "
                        + Arrays.stream(values()).map(DeploymentProfile::id).collect(Collectors.joining(", "))));
    }

    /** The name used in configuration, environments and paths: {@code chayenity}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

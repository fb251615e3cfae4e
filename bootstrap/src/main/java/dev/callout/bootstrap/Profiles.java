package dev.callout.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;

/** Makes the active {@link DeploymentProfile} a bean, so an unknown name stops the start at once. */
@Factory
class Profiles {

    @Context
    DeploymentProfile active(Environment environment) {
        return environment.getProperty(DeploymentProfile.PROPERTY, String.class)
                .map(DeploymentProfile::named)
                .orElse(DeploymentProfile.CALLOUT);
    }
}

package dev.callout.bootstrap;

import dev.callout.application.job.JobRules;
import dev.callout.domain.job.Posters;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * Job rules ({@code callout.jobs.*}): a customer may cancel within 5 minutes of acceptance by default;
 * customers post and providers take ({@code accounts-post-and-take} true: providers post too); every job
 * and provider names a category ({@code default-category}: the one of those that name none); a caller
 * who may not see a job is told it is not found unless {@code refuse-non-parties-openly}.
 */
@ConfigurationProperties("callout.jobs")
public class JobSettings {

    private Duration cancellationWindow = Duration.ofMinutes(5);
    private boolean accountsPostAndTake;
    private String defaultCategory;
    private boolean refuseNonPartiesOpenly;

    JobRules rules() {
        return new JobRules(accountsPostAndTake ? Posters.CUSTOMERS_AND_PROVIDERS : Posters.CUSTOMERS, defaultCategory);
    }

    public Duration getCancellationWindow() {
        return cancellationWindow;
    }

    public void setCancellationWindow(Duration cancellationWindow) {
        this.cancellationWindow = cancellationWindow;
    }

    public boolean isAccountsPostAndTake() {
        return accountsPostAndTake;
    }

    public void setAccountsPostAndTake(boolean accountsPostAndTake) {
        this.accountsPostAndTake = accountsPostAndTake;
    }

    @Nullable
    public String getDefaultCategory() {
        return defaultCategory;
    }

    public void setDefaultCategory(@Nullable String defaultCategory) {
        this.defaultCategory = defaultCategory;
    }

    public boolean isRefuseNonPartiesOpenly() {
        return refuseNonPartiesOpenly;
    }

    public void setRefuseNonPartiesOpenly(boolean refuseNonPartiesOpenly) {
        this.refuseNonPartiesOpenly = refuseNonPartiesOpenly;
    }
}

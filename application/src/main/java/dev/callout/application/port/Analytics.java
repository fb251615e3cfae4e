package dev.callout.application.port;

import dev.callout.application.analytics.AnalyticsPeriod;
import dev.callout.application.analytics.Bucket;
import dev.callout.application.analytics.Figures;
import java.time.Duration;
import java.util.List;

/**
 * Counts and sums over the jobs, accounts and payments created in a period, as they stand when
 * asked. Each belongs to the period its creation time falls in. docs/api.md defines every number.
 */
public interface Analytics {

    Figures figures(AnalyticsPeriod period);

    /**
     * The period cut into steps of {@code interval} from its start (the last one ends with the
     * period): the steps in which a job was posted or a payment opened, in time order.
     */
    List<Bucket> series(AnalyticsPeriod period, Duration interval);
}

package dev.callout.bootstrap;

import dev.callout.application.job.JobRequest;
import dev.callout.application.job.MoneyInput;
import dev.callout.bootstrap.DemoData.Person;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo of {@code --profile chayenity}: four users around Bangkok, each a seeker and a helper
 * (accounts serving the default "gig" category), and two open gigs of Somchai's in THB.
 */
final class ChayenityDemo {

    static final List<Person> PEOPLE = List.of(
            new Person(Role.PROVIDER, "Somchai Jaidee", "somchai@demo.chayenity.dev", "+66812345601", Set.of()),
            new Person(Role.PROVIDER, "Nok Srisuk", "nok@demo.chayenity.dev", "+66812345602", Set.of()),
            new Person(Role.PROVIDER, "Anan Wongsa", "anan@demo.chayenity.dev", "+66812345603", Set.of()),
            new Person(Role.PROVIDER, "Ploy Chaiyo", "ploy@demo.chayenity.dev", "+66812345604", Set.of()));

    /** Somchai's gigs: furniture to move tomorrow afternoon near Central World, a dog to walk in Sukhumvit now. */
    static List<JobRequest> gigs(Instant now) {
        return List.of(
                new JobRequest(null, "Need help moving a sofa and dining table to a new apartment",
                        new Place(new GeoPoint(13.7466, 100.5393), "Central World, Bangkok"), null, Urgency.SCHEDULED,
                        now.plus(Duration.ofDays(1)), new MoneyInput(new BigDecimal("1500.00"), null), false,
                        "Help move furniture", 3, List.of()),
                new JobRequest(null, "Walk a friendly golden retriever around Benjasiri Park",
                        new Place(new GeoPoint(13.7308, 100.5695), "Sukhumvit Soi 24, Bangkok"), null, Urgency.IMMEDIATE,
                        null, new MoneyInput(new BigDecimal("300.00"), null), false, "Dog walking", 1, List.of()));
    }

    private ChayenityDemo() {
    }
}

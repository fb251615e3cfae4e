package dev.callout.bootstrap;

import dev.callout.application.job.JobRequest;
import dev.callout.bootstrap.DemoData.Person;
import dev.callout.domain.geo.GeoPoint;
import dev.callout.domain.job.Place;
import dev.callout.domain.pricing.Urgency;
import dev.callout.domain.user.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo of {@code --profile art}: ART Services' customers and breakdown operators around London
 * (the operators online in west London on every start) and one open breakdown on the A40.
 */
final class ArtDemo {

    static final List<Person> PEOPLE = List.of(
            new Person(Role.CUSTOMER, "Priya Shah", "priya@demo.artservices.dev", "+447700900101", Set.of()),
            new Person(Role.CUSTOMER, "Tom Evans", "tom@demo.artservices.dev", "+447700900102", Set.of()),
            new Person(Role.PROVIDER, "Dave Morgan", "dave@demo.artservices.dev", "+447700900201", Set.of("towing", "repair")),
            new Person(Role.PROVIDER, "Sian Hughes", "sian@demo.artservices.dev", "+447700900202", Set.of("towing")));

    static final Map<String, GeoPoint> PLACES = Map.of(
            "dave@demo.artservices.dev", new GeoPoint(51.5045, -0.2250),   // Shepherd's Bush
            "sian@demo.artservices.dev", new GeoPoint(51.5290, -0.2760));  // Park Royal

    /** Tom's car broke down on the A40; it goes to a garage in Acton. */
    static JobRequest breakdown() {
        return new JobRequest("towing", "Clutch gone on the A40 eastbound, car in the hard shoulder.",
                new Place(new GeoPoint(51.5154, -0.2533), "A40 Western Avenue, Acton, London W3"),
                new Place(new GeoPoint(51.5079, -0.2670), "Acton Vale Garage, Acton, London W3"), Urgency.IMMEDIATE, null, null);
    }

    private ArtDemo() {
    }
}

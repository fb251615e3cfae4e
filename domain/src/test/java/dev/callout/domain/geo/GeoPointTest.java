package dev.callout.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    private static final GeoPoint MANILA = new GeoPoint(14.5995, 120.9842);
    private static final GeoPoint MAKATI = new GeoPoint(14.5547, 121.0244);
    private static final GeoPoint LONDON = new GeoPoint(51.5074, -0.1278);
    private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    private static final double HALF_CIRCUMFERENCE = Math.PI * GeoPoint.EARTH_RADIUS_KM;

    @ParameterizedTest
    @CsvSource({
            "90.000001, 0", "-90.000001, 0", "0, 180.000001", "0, -180.000001", "91, 10", "10, 360",
            "NaN, 0", "0, NaN", "Infinity, 0", "-Infinity, 0", "0, Infinity", "0, -Infinity",
    })
    void rejectsCoordinatesOffTheGlobe(double lat, double lng) {
        assertThatThrownBy(() -> new GeoPoint(lat, lng)).isInstanceOf(IllegalArgumentException.class);
        assertThat(GeoPoint.isValid(lat, lng)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"90, 180", "-90, -180", "0, 0", "-0.0, -0.0", "14.5995, 120.9842"})
    void acceptsTheWholeRangeIncludingItsEdges(double lat, double lng) {
        assertThatCode(() -> new GeoPoint(lat, lng)).doesNotThrowAnyException();
        assertThat(GeoPoint.isValid(lat, lng)).isTrue();
    }

    @Test
    void knownDistances() {
        assertThat(MANILA.distanceKm(MAKATI)).isCloseTo(6.6, within(0.05));
        assertThat(LONDON.distanceKm(PARIS)).isCloseTo(343.5, within(1.0));
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180))).isCloseTo(HALF_CIRCUMFERENCE, within(1e-6));
        assertThat(new GeoPoint(90, 0).distanceKm(new GeoPoint(-90, 0))).isCloseTo(HALF_CIRCUMFERENCE, within(1e-6));
        // one degree of latitude is about 111.2 km on this sphere
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(1, 0))).isCloseTo(111.195, within(0.001));
    }

    @Test
    void distanceAcrossTheAntimeridianIsShort() {
        assertThat(new GeoPoint(0, 179.5).distanceKm(new GeoPoint(0, -179.5))).isCloseTo(111.195, within(0.001));
    }

    @Test
    void distanceIsSymmetricAndZeroToItself() {
        assertThat(MANILA.distanceKm(MAKATI)).isEqualTo(MAKATI.distanceKm(MANILA));
        assertThat(MANILA.distanceKm(MANILA)).isZero();
    }

    @Provide
    Arbitrary<GeoPoint> points() {
        return Combinators.combine(
                        Arbitraries.doubles().between(-90, 90).withSpecialValue(90.0).withSpecialValue(-90.0),
                        Arbitraries.doubles().between(-180, 180).withSpecialValue(180.0).withSpecialValue(-180.0))
                .as(GeoPoint::new);
    }

    @Property
    void distanceIsBetweenZeroAndHalfTheCircumference(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
        double d = a.distanceKm(b);

        assertThat(d).isBetween(0.0, HALF_CIRCUMFERENCE + 1e-9);
        assertThat(d).isCloseTo(b.distanceKm(a), within(1e-9));
        assertThat(a.distanceKm(a)).isCloseTo(0.0, within(1e-9));
    }

    @Property
    void triangleInequality(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b, @ForAll("points") GeoPoint c) {
        assertThat(a.distanceKm(c)).isLessThanOrEqualTo(a.distanceKm(b) + b.distanceKm(c) + 1e-6);
    }
}

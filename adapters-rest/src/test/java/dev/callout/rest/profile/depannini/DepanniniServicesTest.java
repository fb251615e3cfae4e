package dev.callout.rest.profile.depannini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DepanniniServicesTest {

    @Test
    void aRequestNeedsTheServiceOfItsKindAndTheProfileNeedsBoth() {
        DepanniniSettings settings = new DepanniniSettings();
        settings.setWithDropoff("towing");
        assertThatThrownBy(() -> new DepanniniServices(settings))
                .hasMessage("the depannini profile needs callout.depannini.services.without-dropoff");
        settings.setWithoutDropoff(" ");
        assertThatThrownBy(() -> new DepanniniServices(settings)).hasMessageEndingWith("without-dropoff");

        settings.setWithoutDropoff("repair");
        DepanniniServices services = new DepanniniServices(settings);

        assertThat(services.forRequest(true)).isEqualTo("towing");
        assertThat(services.forRequest(false)).isEqualTo("repair");
        assertThat(services.codes()).isEqualTo(Set.of("towing", "repair"));
    }
}

package dev.callout.domain.user;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a provider of a vehicle category (towing) declares at sign-up, as Depannini asks: the
 * vehicle, the driving licence and its expiry, the vehicle's registration.
 */
public record ProviderDetails(String vehicleType, String licenceCategory, String licenceNumber, LocalDate licenceExpiry,
                              String vehicleRegistration) {

    public ProviderDetails {
        Objects.requireNonNull(vehicleType, "vehicleType");
        Objects.requireNonNull(licenceCategory, "licenceCategory");
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        Objects.requireNonNull(licenceExpiry, "licenceExpiry");
        Objects.requireNonNull(vehicleRegistration, "vehicleRegistration");
    }
}

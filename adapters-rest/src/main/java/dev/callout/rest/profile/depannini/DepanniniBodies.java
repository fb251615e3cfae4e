package dev.callout.rest.profile.depannini;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The request bodies of Depannini's document, field for field (snake_case on the wire). Every field
 * may be missing: the routes name each one that is, in Depannini's error format.
 */
final class DepanniniBodies {

    private DepanniniBodies() {
    }

    @Serdeable
    record Register(@Nullable String phoneNumber, @Nullable String email, @Nullable String name, @Nullable String password,
                    @Nullable String passwordConfirm, @Nullable String userType, @Nullable String serviceType,
                    @Nullable String vehicleType, @Nullable String drivingLicenseCat, @Nullable String drivingLicenseNum,
                    @Nullable String drivingLicenseExpiry, @Nullable Long vehicleRegistrationNum, @Nullable Double currentLat,
                    @Nullable Double currentLng, @Nullable String address) {
    }

    @Serdeable
    record EmailLogin(@Nullable String email, @Nullable String password) {
    }

    @Serdeable
    record PhoneLogin(@Nullable String phoneNumber, @Nullable String password) {
    }

    @Serdeable
    record GoogleLogin(@Nullable String token) {
    }

    @Serdeable
    record EmailCode(@Nullable String email, @Nullable String code) {
    }

    @Serdeable
    record PhoneCode(@Nullable String phoneNumber, @Nullable String code) {
    }

    /** Whose code to send again: the document gives no body, so the address it went to, by email or phone. */
    @Serdeable
    record Address(@Nullable String email, @Nullable String phoneNumber) {
    }

    @Serdeable
    record ResetConfirm(@Nullable String email, @Nullable String code, @Nullable String newPassword,
                        @Nullable String newPasswordConfirm) {
    }

    @Serdeable
    record Refresh(@Nullable String refresh) {
    }

    @Serdeable
    record Location(@Nullable Double latitude, @Nullable Double longitude) {
    }

    @Serdeable
    record AssistantStatus(@Nullable Boolean isActive) {
    }

    @Serdeable
    record Point(@Nullable Double lat, @Nullable Double lng) {
    }

    @Serdeable
    record AssistanceRequest(@Nullable Point pickup, @Nullable Point dropoff) {
    }

    @Serdeable
    record StatusUpdate(@Nullable String status) {
    }
}

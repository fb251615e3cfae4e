package dev.callout.rest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Sign-up. Only these fields are read: anything else a client sends (status, verified, rating, an
 * admin role) is ignored or refused, never assigned.
 */
@Serdeable
@Schema(name = "RegisterRequest")
public record RegisterBody(
        @Schema(allowableValues = {"customer", "provider"}, example = "customer") String role,
        @Schema(example = "Maria Santos") String name,
        @Nullable @Schema(example = "maria@example.com") String email,
        @Nullable @Schema(example = "+639181234567") String phone,
        @Schema(example = "Str0ngP@ss!") String password,
        @Nullable @Schema(description = "providers only: the categories they serve", example = "[\"towing\"]") List<String> categories,
        @Nullable @Schema(description = "providers of a vehicle category (towing): the vehicle", example = "flatbed truck") String vehicleType,
        @Nullable @Schema(description = "providers of a vehicle category: driving licence category", example = "c") String licenceCategory,
        @Nullable @Schema(description = "providers of a vehicle category: driving licence number", example = "N01-23-456789") String licenceNumber,
        @Nullable @Schema(description = "providers of a vehicle category: licence expiry, in the future", example = "2028-06-30") LocalDate licenceExpiry,
        @Nullable @Schema(description = "providers of a vehicle category: the vehicle's registration", example = "NBC 1234") String vehicleRegistration,
        @Nullable @Schema(description = "the profile's address, on one line", example = "12 Jupiter St, Makati City") String addressText) {
}

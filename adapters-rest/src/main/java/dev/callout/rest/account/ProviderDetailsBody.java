package dev.callout.rest.account;

import dev.callout.domain.user.ProviderDetails;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Serdeable
@Schema(name = "ProviderDetails")
public record ProviderDetailsBody(String vehicleType, String licenceCategory, String licenceNumber, LocalDate licenceExpiry,
                                  String vehicleRegistration) {
}

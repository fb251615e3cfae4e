package dev.callout.rest.account;

import dev.callout.domain.user.Profile;
import dev.callout.domain.user.ProviderDetails;
import dev.callout.domain.user.User;
import dev.callout.rest.file.FileBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** An account as its owner (or an admin) sees it. Never carries the password hash. */
@Serdeable
@Schema(name = "User")
public record UserBody(String id, String role, String name, @Nullable String email, @Nullable String phone,
                       @Schema(allowableValues = {"pending_verification", "pending_approval", "active", "suspended", "deleted"})
                       String status,
                       List<String> categories, @Nullable ProviderDetailsBody providerDetails, @Nullable String bio,
                       @Nullable String addressText,
                       @Nullable @Schema(description = "an upload of theirs with purpose profile") String profileImageFileId,
                       @Nullable @Schema(description = "where GET /files/{id} serves the profile image")
                       String profileImageUrl,
                       Instant createdAt) {

    public static UserBody of(User user) {
        ProviderDetails details = user.providerDetails();
        ProviderDetailsBody vehicle = details == null ? null : new ProviderDetailsBody(details.vehicleType(), details.licenceCategory(),
                details.licenceNumber(), details.licenceExpiry(), details.vehicleRegistration());
        Profile profile = user.profile();
        return new UserBody(user.id().value(), user.role().wireName(), user.name(), user.email(), user.phone(),
                user.status().wireName(), user.categories().stream().sorted().toList(), vehicle, profile.bio(),
                profile.addressText(), profile.imageFileId(), FileBody.url(profile.imageFileId()), user.createdAt());
    }
}

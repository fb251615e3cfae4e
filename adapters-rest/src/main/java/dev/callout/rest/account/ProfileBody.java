package dev.callout.rest.account;

import dev.callout.application.Change;
import dev.callout.domain.user.Profile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "ProfileChange", description = "all optional: a field left out stays as it is; for bio, address_text "
        + "and profile_image_file_id null (or a blank text) clears it; anything else (role, status) is ignored")
public record ProfileBody(@Nullable String name, @Nullable String email, @Nullable String phone,
                          @Nullable @Schema(implementation = String.class, nullable = true, maxLength = Profile.MAX_BIO_LENGTH)
                          Change<String> bio,
                          @Nullable @Schema(implementation = String.class, nullable = true,
                                  maxLength = Profile.MAX_ADDRESS_LENGTH, description = "one line")
                          Change<String> addressText,
                          @Nullable @Schema(implementation = String.class, nullable = true,
                                  description = "the id of a file you uploaded with purpose profile")
                          Change<String> profileImageFileId) {
}

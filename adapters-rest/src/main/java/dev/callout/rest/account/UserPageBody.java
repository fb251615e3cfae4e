package dev.callout.rest.account;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of accounts. */
@Serdeable
@Schema(name = "UserPage")
public record UserPageBody(List<UserBody> data, PageMetaBody meta) {
}

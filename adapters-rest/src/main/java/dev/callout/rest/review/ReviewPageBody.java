package dev.callout.rest.review;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of reviews. */
@Serdeable
@Schema(name = "ReviewPage")
public record ReviewPageBody(List<ReviewBody> data, PageMetaBody meta) {
}

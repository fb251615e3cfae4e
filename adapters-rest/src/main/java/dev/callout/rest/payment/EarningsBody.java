package dev.callout.rest.payment;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "Earnings")
record EarningsBody(List<EarningsSummaryBody> summary, List<EarningEntryBody> data, PageMetaBody meta) {
}

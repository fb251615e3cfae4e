package dev.callout.rest.payment;

import dev.callout.rest.body.PageMetaBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "PaymentHistory")
record PaymentHistoryBody(List<PaymentBody> data, PageMetaBody meta, List<PaymentTotalsBody> totals) {
}

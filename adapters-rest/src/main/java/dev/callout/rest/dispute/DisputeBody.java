package dev.callout.rest.dispute;

import dev.callout.domain.dispute.Dispute;
import dev.callout.rest.body.MoneyBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "Dispute")
public record DisputeBody(String id, String jobId, String status, String raisedBy, String reason,
                          List<String> evidenceFileIds, String action, MoneyBody refund, String resolution,
                          String resolvedBy, Instant createdAt, Instant reviewStartedAt, Instant resolvedAt) {
    static DisputeBody of(Dispute dispute) {
        return new DisputeBody(dispute.id().value(), dispute.jobId().value(), dispute.status().wireName(),
                dispute.raisedBy().value(), dispute.reason(), dispute.evidenceFileIds(),
                dispute.resolution() == null ? null : dispute.resolution().wireName(), MoneyBody.of(dispute.refundAmount()),
                dispute.decisionNote(), dispute.decidedBy() == null ? null : dispute.decidedBy().value(),
                dispute.createdAt(), dispute.reviewStartedAt(), dispute.resolvedAt());
    }
}

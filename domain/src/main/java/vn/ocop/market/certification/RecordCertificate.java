package vn.ocop.market.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * The command that records a council's decision for one product. Fields are nullable so that a
 * missing field is reported with a clear message instead of a parse failure.
 */
@Serdeable
public record RecordCertificate(
        @Nullable Long productId,
        @Nullable Integer score,
        @Nullable CouncilLevel level,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        @Nullable String issuedBy,
        @Nullable String certificateNumber) {
}

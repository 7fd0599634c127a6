package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An event a producer records on one of its batches from the console: the CBV step
 * ({@link Cbv#STEPS}), when (the local time and its UTC offset, {@code +07:00}), where (a GLN, or
 * a province and commune) and, for harvesting and transforming, the input batches it was made from.
 */
public record NewTraceEvent(
        @Nullable String step,
        @Nullable LocalDateTime time,
        @Nullable String timeZoneOffset,
        @Nullable String gln,
        @Nullable String province,
        @Nullable String commune,
        List<Long> inputBatchIds) {

    public NewTraceEvent {
        inputBatchIds = inputBatchIds == null ? List.of() : List.copyOf(inputBatchIds);
    }
}

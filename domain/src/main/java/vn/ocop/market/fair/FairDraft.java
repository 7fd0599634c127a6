package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** What an officer fills in for a fair; the plan is a grid of columns × rows cells. */
@Serdeable
public record FairDraft(
        @Nullable String name,
        @Nullable String nameEn,
        @Nullable String theme,
        @Nullable String venue,
        @Nullable String address,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable String openingHours,
        @Nullable LocalDate applicationDeadline,
        int planColumns,
        int planRows) {

    public static final int PLAN_MAX = 60;

    /** The draft of an existing fair, to edit it. */
    public static FairDraft of(FairView f) {
        return new FairDraft(f.name(), f.nameEn(), f.theme(), f.venue(), f.address(), f.provinceCode(),
                f.communeCode(), f.startsOn(), f.endsOn(), f.openingHours(), f.applicationDeadline(),
                f.planColumns(), f.planRows());
    }
}

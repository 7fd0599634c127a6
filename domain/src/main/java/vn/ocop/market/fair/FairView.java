package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.shared.Localized;

import java.time.LocalDate;

/**
 * An OCOP fair as officers, producers and shoppers see it. The province and commune are codes of
 * the region feature, with their names; the plan is a grid of {@code planColumns × planRows} cells.
 */
@Serdeable
public record FairView(
        long id,
        String slug,
        String name,
        @Nullable String nameEn,
        @Nullable String theme,
        String venue,
        @Nullable String address,
        String provinceCode,
        String provinceName,
        String provinceNameEn,
        @Nullable String communeCode,
        @Nullable String communeName,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String openingHours,
        LocalDate applicationDeadline,
        FairStatus status,
        int planColumns,
        int planRows,
        int version) {

    /** The name in the reader's language (Vietnamese when there is no English name). */
    public Localized title() {
        return Localized.pick(name, nameEn == null || nameEn.isBlank() ? name : nameEn);
    }

    /** The province's name in the reader's language. */
    public Localized province() {
        return Localized.pick(provinceName, provinceNameEn);
    }

    /** Whether shoppers and producers see it. */
    public boolean published() {
        return status == FairStatus.PUBLISHED;
    }

    /** Before, during or after the fair's days, seen from {@code today}. */
    public FairPeriod period(LocalDate today) {
        if (today.isBefore(startsOn)) {
            return FairPeriod.UPCOMING;
        }
        return today.isAfter(endsOn) ? FairPeriod.PAST : FairPeriod.OPEN;
    }

    /** Whether producers may still apply on {@code today}: published, and the deadline not passed. */
    public boolean openForApplications(LocalDate today) {
        return published() && !today.isAfter(applicationDeadline) && !today.isAfter(endsOn);
    }
}

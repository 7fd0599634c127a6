package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code fair}: an OCOP fair's name, place, dates and status (only this package reads it). */
@MappedEntity("fair")
record Fair(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String name,
        @Nullable String nameEn,
        @Nullable String theme,
        String venue,
        @Nullable String address,
        String provinceCode,
        @Nullable String communeCode,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable String openingHours,
        LocalDate applicationDeadline,
        FairStatus status,
        int planColumns,
        int planRows,
        @Nullable String createdBy,
        Instant createdAt,
        @Version int version) {
}

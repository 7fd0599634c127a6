package vn.ocop.market.report;

import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.region.Province;

import java.time.LocalDate;

/**
 * What a report covers: one province (or the whole country when absent) and a period of days in
 * Vietnam, both ends included. Built and checked by {@link Reports#parameters}.
 */
public record ReportParameters(@Nullable Province province, LocalDate from, LocalDate to) {

    /** The longest period a report covers. */
    public static final int MAX_DAYS = 3 * 366;

    /** The province's name, or null for the whole country. */
    @Nullable
    public String provinceName() {
        return province == null ? null : province.name();
    }
}

package vn.ocop.market.report;

import java.util.Locale;

/**
 * A named report: a bean that turns parameters into a {@link ReportModel}. {@link Reports} finds it by
 * its name (the name is part of the URL {@code /api/admin/reports/{name}.xlsx}, so it never changes).
 */
public interface Report {

    /** The stable name, lower case with hyphens: {@code ocop-progress}. */
    String name();

    /** The message key of the report's title. */
    String titleKey();

    /**
     * Computes the report. A long computation reports how far it is (0 to 1) to {@code progress};
     * the caller has already checked who may see which province.
     */
    ReportModel generate(ReportParameters parameters, Locale locale, Progress progress);

    /** How far a report's generation is, from 0 to 1. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = done -> { };

        void done(double fraction);
    }
}

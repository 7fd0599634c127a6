package vn.ocop.market.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A generated report, ready to render. {@code figures} are the report's headline numbers as the
 * JSON rendering gives them at its top level (nested maps of names to numbers, with stable keys);
 * the sections hold the same numbers as tables, which every rendering shows.
 */
public record ReportModel(String name, String title, ReportParameters parameters, Locale locale, Instant generatedAt,
                          Map<String, Object> figures, List<ReportSection> sections) {

    public ReportModel {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        sections = List.copyOf(sections);
    }
}

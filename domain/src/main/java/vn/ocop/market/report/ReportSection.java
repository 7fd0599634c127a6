package vn.ocop.market.report;

import java.util.List;

/** A titled part of a report: one or more tables. The key names it in the JSON rendering. */
public record ReportSection(String key, String title, List<ReportTable> tables) {

    public ReportSection {
        tables = List.copyOf(tables);
    }

    public static ReportSection of(String key, String title, ReportTable... tables) {
        return new ReportSection(key, title, List.of(tables));
    }
}

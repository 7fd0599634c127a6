package vn.ocop.market.report;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled table: column headings, rows of typed cells, and an optional totals row. The key names the
 * table in the JSON rendering (stable, not translated); the title and headings are in the report's
 * language.
 */
public record ReportTable(String key, String title, List<String> columns, List<List<ReportCell>> rows,
                          @Nullable List<ReportCell> totals) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        totals = totals == null ? null : List.copyOf(totals);
    }

    /** Builds a table row by row. */
    public static Builder builder(String key, String title, String... columns) {
        return new Builder(key, title, List.of(columns));
    }

    /** Collects the rows of one table. */
    public static final class Builder {
        private final String key;
        private final String title;
        private final List<String> columns;
        private final List<List<ReportCell>> rows = new ArrayList<>();
        private List<ReportCell> totals;

        private Builder(String key, String title, List<String> columns) {
            this.key = key;
            this.title = title;
            this.columns = columns;
        }

        public Builder row(ReportCell... cells) {
            rows.add(checked(cells));
            return this;
        }

        public Builder totals(ReportCell... cells) {
            totals = checked(cells);
            return this;
        }

        public ReportTable build() {
            return new ReportTable(key, title, columns, rows, totals);
        }

        private List<ReportCell> checked(ReportCell... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(key + ": " + cells.length + " cells for " + columns.size() + " columns");
            }
            return List.of(cells);
        }
    }
}

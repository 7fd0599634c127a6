package vn.ocop.market.report;

import java.util.Locale;
import java.util.Optional;

/** The renderings of a report, named by their file extension. */
public enum ReportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf"),
    JSON("application/json");

    private final String contentType;

    ReportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format for an extension in any letter case ("xlsx", "PDF"). */
    public static Optional<ReportFormat> of(String extension) {
        for (ReportFormat f : values()) {
            if (f.extension().equalsIgnoreCase(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

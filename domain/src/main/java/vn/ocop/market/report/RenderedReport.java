package vn.ocop.market.report;

/** A rendered report: the file name to offer, its media type and its bytes. */
public record RenderedReport(String fileName, ReportFormat format, byte[] bytes) {

    public String contentType() {
        return format.contentType();
    }
}

package vn.ocop.market.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report as an XLSX workbook, one sheet per section, its tables one under another. Rows are
 * streamed (SXSSF keeps a window of rows in memory), and figures stay numbers with a display format
 * (VND, counts, percentages, dates), so officers can sum and chart them.
 */
final class ReportWorkbook {

    private static final int WINDOW = 200;

    private ReportWorkbook() {
    }

    static void write(ReportModel model, String subtitle, OutputStream out) {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (ReportSection section : model.sections()) {
                SXSSFSheet sheet = book.createSheet(sheetName(section.title(), names));
                int r = 0;
                text(sheet.createRow(r++), 0, model.title(), styles.title);
                text(sheet.createRow(r++), 0, subtitle, null);
                text(sheet.createRow(r++), 0, section.title(), styles.heading);
                int widest = 1;
                for (ReportTable table : section.tables()) {
                    r++;
                    text(sheet.createRow(r++), 0, table.title(), styles.bold);
                    Row header = sheet.createRow(r++);
                    for (int i = 0; i < table.columns().size(); i++) {
                        text(header, i, table.columns().get(i), styles.bold);
                    }
                    for (List<ReportCell> cells : table.rows()) {
                        cells(sheet.createRow(r++), cells, styles, false);
                    }
                    if (table.totals() != null) {
                        cells(sheet.createRow(r++), table.totals(), styles, true);
                    }
                    widest = Math.max(widest, table.columns().size());
                }
                sheet.setColumnWidth(0, 40 * 256);
                for (int i = 1; i < widest; i++) {
                    sheet.setColumnWidth(i, 18 * 256);
                }
            }
            if (model.sections().isEmpty()) {
                text(book.createSheet("-").createRow(0), 0, model.title(), styles.title);
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static void cells(Row row, List<ReportCell> cells, Styles styles, boolean total) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            switch (cells.get(i)) {
                case ReportCell.Text t -> {
                    cell.setCellValue(t.value());
                    if (total) {
                        cell.setCellStyle(styles.bold);
                    }
                }
                case ReportCell.Count c -> {
                    cell.setCellValue(c.value());
                    cell.setCellStyle(total ? styles.countTotal : styles.count);
                }
                case ReportCell.Money m -> {
                    cell.setCellValue(m.vnd());
                    cell.setCellStyle(total ? styles.vndTotal : styles.vnd);
                }
                case ReportCell.Percent p -> {
                    if (p.ratio() != null) {
                        cell.setCellValue(p.ratio());
                        cell.setCellStyle(styles.percent);
                    }
                }
                case ReportCell.Day d -> {
                    if (d.value() != null) {
                        cell.setCellValue(d.value());
                        cell.setCellStyle(styles.date);
                    }
                }
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique within the workbook. */
    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.isBlank() ? "-" : title);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The cell formats: VND as "1.250.000 ₫" in Vietnamese spreadsheets, whole counts, percentages, dates. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle bold;
        final CellStyle vnd;
        final CellStyle vndTotal;
        final CellStyle count;
        final CellStyle countTotal;
        final CellStyle percent;
        final CellStyle date;

        Styles(SXSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font medium = book.createFont();
            medium.setBold(true);
            medium.setFontHeightInPoints((short) 12);
            title = styled(book, big, null);
            heading = styled(book, medium, null);
            bold = styled(book, boldFont, null);
            vnd = styled(book, null, "#,##0 \"₫\"");
            vndTotal = styled(book, boldFont, "#,##0 \"₫\"");
            count = styled(book, null, "#,##0");
            countTotal = styled(book, boldFont, "#,##0");
            percent = styled(book, null, "0.0%");
            date = styled(book, null, "dd/mm/yyyy");
        }

        private static CellStyle styled(SXSSFWorkbook book, Font font, String format) {
            CellStyle style = book.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            if (format != null) {
                style.setDataFormat(book.createDataFormat().getFormat(format));
            }
            return style;
        }
    }
}

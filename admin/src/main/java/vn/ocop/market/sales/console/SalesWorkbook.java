package vn.ocop.market.sales.console;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ocop.market.sales.SalesReport;
import vn.ocop.market.ui.I18n;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * A report as an XLSX workbook: one sheet of buckets, one of best products, in the current language.
 * Figures are numbers (amounts formatted as VND, conversion as a percentage, days as dates), so the
 * producer can sum and chart them.
 */
public final class SalesWorkbook {

    /** The spreadsheet's media type. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SalesWorkbook() {
    }

    public static byte[] bytes(SalesReport.Report report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet buckets = book.createSheet(I18n.text("console.sales.sheet.buckets"));
            header(buckets, styles, "console.sales.period", "console.sales.orders", "console.sales.revenue",
                    "console.sales.units", "console.sales.views", "console.sales.conversion");
            int r = 1;
            for (SalesReport.Row row : report.rows()) {
                bucketRow(buckets.createRow(r++), styles, row);
            }
            Row total = buckets.createRow(r);
            bucketRow(total, styles, report.total());
            total.getCell(0).setCellValue(I18n.text("console.sales.total"));
            total.getCell(0).setCellStyle(styles.bold);
            widths(buckets, 14, 10, 18, 10, 10, 12);

            Sheet best = book.createSheet(I18n.text("console.sales.sheet.best"));
            header(best, styles, "console.common.product", "console.sales.units", "console.sales.revenue",
                    "console.sales.orders", "console.sales.views", "console.sales.conversion");
            r = 1;
            for (SalesReport.BestProduct p : report.best()) {
                Row row = best.createRow(r++);
                row.createCell(0).setCellValue(p.name());
                number(row, 1, p.units(), styles.count);
                number(row, 2, p.revenueVnd(), styles.vnd);
                number(row, 3, p.orders(), styles.count);
                number(row, 4, p.views(), styles.count);
                conversion(row, 5, p.conversion(), styles);
            }
            widths(best, 36, 10, 18, 10, 10, 12);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bucketRow(Row row, Styles styles, SalesReport.Row figures) {
        Cell start = row.createCell(0);
        start.setCellValue(figures.start());
        start.setCellStyle(styles.date);
        number(row, 1, figures.orders(), styles.count);
        number(row, 2, figures.revenueVnd(), styles.vnd);
        number(row, 3, figures.units(), styles.count);
        number(row, 4, figures.views(), styles.count);
        conversion(row, 5, figures.conversion(), styles);
    }

    private static void conversion(Row row, int column, java.util.OptionalDouble value, Styles styles) {
        Cell cell = row.createCell(column);
        if (value.isPresent()) {
            cell.setCellValue(value.getAsDouble());
            cell.setCellStyle(styles.percent);
        }
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void header(Sheet sheet, Styles styles, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(I18n.text(keys[i]));
            cell.setCellStyle(styles.bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** The cell formats: VND as "1.250.000 ₫" in Vietnamese spreadsheets, whole counts, percentages, dates. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle vnd;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle date;

        Styles(XSSFWorkbook book) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            vnd = book.createCellStyle();
            vnd.setDataFormat(book.createDataFormat().getFormat("#,##0 \"₫\""));
            count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }

    /** The file name of a report: its producer and period. */
    public static String fileName(SalesReport.Report report) {
        return "doanh-so-" + report.producerId() + "-" + iso(report.from()) + "-" + iso(report.to()) + ".xlsx";
    }

    private static String iso(LocalDate day) {
        return day.toString();
    }
}

package vn.ocop.market.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as a PDF on A4 pages: title, parameters, then each section's tables with their headings
 * repeated on a new page. It carries its own font (Noto Sans, subset embedded), so Vietnamese prints
 * and copies as typed; numbers are formatted as on the dashboard ({@link CellText}).
 */
final class ReportPdf {

    private static final float MARGIN = 40;
    private static final float SIZE = 9.5f;
    private static final float MIN_SIZE = 6.5f;
    private static final float PAD = 6;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument pdf;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    private ReportPdf(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        this.regular = font(pdf, "NotoSans-Regular.ttf");
        this.bold = font(pdf, "NotoSans-Bold.ttf");
    }

    static void write(ReportModel model, String subtitle, String generated, OutputStream out) {
        try (PDDocument pdf = new PDDocument()) {
            ReportPdf writer = new ReportPdf(pdf);
            writer.newPage();
            try {
                writer.line(writer.bold, 15, model.title());
                writer.line(writer.regular, SIZE, subtitle);
                writer.line(writer.regular, SIZE, generated);
                for (ReportSection section : model.sections()) {
                    writer.y -= 8;
                    writer.line(writer.bold, 12, section.title());
                    for (ReportTable table : section.tables()) {
                        writer.table(table);
                    }
                }
            } finally {
                writer.page.close();
            }
            pdf.getDocumentInformation().setTitle(model.title());
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(ReportTable table) throws IOException {
        float size = SIZE;
        float[] widths = widths(table, size);
        while (sum(widths) > WIDTH && size > MIN_SIZE) {
            size -= 0.5f;
            widths = widths(table, size);
        }
        // The first column (names) takes what the figures leave.
        float others = sum(widths) - widths[0];
        widths[0] = Math.max(WIDTH - others, 60);
        float leading = size * 1.5f;
        y -= 4;
        ensure(leading * 3);
        line(bold, size + 0.5f, table.title());
        List<ReportCell> headings = table.columns().stream().map(c -> (ReportCell) new ReportCell.Text(c)).toList();
        row(headings, widths, bold, size, leading);
        for (List<ReportCell> cells : table.rows()) {
            if (y - leading < MARGIN) {
                newPage();
                row(headings, widths, bold, size, leading);
            }
            row(cells, widths, regular, size, leading);
        }
        if (table.totals() != null) {
            ensure(leading);
            row(table.totals(), widths, bold, size, leading);
        }
    }

    private void row(List<ReportCell> cells, float[] widths, PDFont font, float size, float leading) throws IOException {
        y -= leading;
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            ReportCell cell = cells.get(i);
            String value = fit(font, size, clean(CellText.of(cell)), widths[i] - PAD);
            float w = font.getStringWidth(value) / 1000 * size;
            float at = CellText.numeric(cell) ? x + widths[i] - PAD - w : x;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(at, y);
            page.showText(value);
            page.endText();
            x += widths[i];
        }
    }

    private float[] widths(ReportTable table, float size) throws IOException {
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = bold.getStringWidth(clean(table.columns().get(i))) / 1000 * size + PAD;
        }
        List<List<ReportCell>> all = new ArrayList<>(table.rows());
        if (table.totals() != null) {
            all.add(table.totals());
        }
        for (List<ReportCell> cells : all) {
            for (int i = 1; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], bold.getStringWidth(clean(CellText.of(cells.get(i)))) / 1000 * size + PAD);
            }
        }
        return widths;
    }

    private void line(PDFont font, float size, String text) throws IOException {
        ensure(size * 1.6f);
        y -= size * 1.6f;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(fit(font, size, clean(text), WIDTH));
        page.endText();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The text, cut with an ellipsis where it would overflow its column. */
    private static String fit(PDFont font, float size, String text, float width) throws IOException {
        if (font.getStringWidth(text) / 1000 * size <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && font.getStringWidth(text.substring(0, end) + "…") / 1000 * size > width) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String clean(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}]", " ");
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }

    private static PDFont font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing from the classpath: " + file);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }
}

package vn.ocop.market.fair.ui;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.ocop.market.fair.Visitors;
import vn.ocop.market.payment.ui.QrCodes;
import vn.ocop.market.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;

/** A visitor badge as an A6 PDF: the fair, the visitor, the QR code and the code printed under it (Noto Sans embedded). */
final class BadgePdf {

    private BadgePdf() {
    }

    static byte[] bytes(Visitors.Badge badge, Locale locale) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(pdf, "NotoSans-Regular.ttf");
            PDFont bold = font(pdf, "NotoSans-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A6);
            pdf.addPage(page);
            float width = PDRectangle.A6.getWidth();
            float top = PDRectangle.A6.getHeight() - 28;
            PDImageXObject qr = PDImageXObject.createFromByteArray(pdf, QrCodes.png(badge.code(), 300), "badge.png");
            try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                text(c, bold, 11, 20, top, badge.fairName());
                text(c, regular, 9, 20, top - 16, badge.fairDays() + " · " + badge.venue());
                text(c, bold, 16, 20, top - 44, badge.name());
                text(c, regular, 10, 20, top - 60, badge.provinceName() + " · "
                        + Messages.text(locale, "fair.interest." + badge.interest().name()));
                float size = 170;
                c.drawImage(qr, (width - size) / 2, top - 90 - size, size, size);
                text(c, bold, 13, (width - bold.getStringWidth(badge.printed()) / 1000 * 13) / 2, top - 110 - size,
                        badge.printed());
            }
            pdf.getDocumentInformation().setTitle(badge.fairName() + " · " + badge.name());
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream c, PDFont font, float size, float x, float y, String value)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}]", " "));
        c.endText();
    }

    private static PDFont font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = BadgePdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing from the classpath: " + file);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }
}

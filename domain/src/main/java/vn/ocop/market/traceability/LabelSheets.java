package vn.ocop.market.traceability;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Label sheets (A4 PDF) for a batch: one QR code per serialised unit, or a sheet of the batch's own
 * code for labels without serials. Each label carries the product's name, the lot and the
 * best-before date in the reader's language with the project's Vietnamese-capable font (Noto Sans,
 * subset embedded). QR codes are drawn as vectors (error correction M, 4-module quiet zone), so
 * they print sharp at any size.
 */
@Singleton
public class LabelSheets {

    /** The most serialised labels one PDF holds. */
    public static final int MAX_LABELS = Serials.MAX_ORDER;

    private static final float MM = 72f / 25.4f;

    private final Batches batches;
    private final SerialRepository serials;
    private final Products products;
    private final String publicUrl;

    LabelSheets(Batches batches, SerialRepository serials, Products products,
                @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.batches = batches;
        this.serials = serials;
        this.products = products;
        this.publicUrl = publicUrl;
    }

    /** The link a batch's labels carry (with its best-before date), as a full URI. */
    public String batchUri(BatchView batch) {
        return DigitalLink.ofBatch(batch.gtin(), batch.lot(), batch.bestBefore()).uri(publicUrl);
    }

    /** The link a unit's label carries, as a full URI. */
    public String unitUri(BatchView batch, String serial) {
        return DigitalLink.ofUnit(batch.gtin(), batch.lot(), serial, batch.bestBefore()).uri(publicUrl);
    }

    /**
     * The PDF of a batch's labels the user may see: every serialised unit's (when {@code units}),
     * else one sheet of the batch's code.
     *
     * @throws InvalidInputException {@code traceability.labels.noSerials} when units are asked for and
     *                               the batch has none
     */
    @Transactional(readOnly = true)
    public byte[] pdf(SignedInUser user, long batchId, LabelSize size, boolean units, Locale locale) {
        BatchView batch = batches.visibleTo(user, batchId).orElseThrow(() -> new NotFoundException("batch " + batchId));
        Product product = products.find(batch.productId()).orElseThrow();
        String name = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && product.nameEn() != null
                ? product.nameEn() : product.name();
        List<String[]> labels = new ArrayList<>();
        String lot = Messages.text(locale, "traceability.label.lot", batch.lot());
        String bestBefore = Messages.text(locale, "traceability.label.bestBefore", VietnameseDates.day(batch.bestBefore()));
        if (units) {
            List<UnitSerial> all = serials.ofBatch(batchId, MAX_LABELS, 0);
            if (all.isEmpty()) {
                throw InvalidInputException.of("units", "traceability.labels.noSerials");
            }
            for (UnitSerial s : all) {
                labels.add(new String[] {unitUri(batch, s.serial()), name, lot, bestBefore,
                        Messages.text(locale, "traceability.label.serial", s.serial())});
            }
        } else {
            for (int i = 0; i < size.perSheet(); i++) {
                labels.add(new String[] {batchUri(batch), name, lot, bestBefore});
            }
        }
        return draw(labels, size, Messages.text(locale, "traceability.label.title", name, batch.lot()));
    }

    private static byte[] draw(List<String[]> labels, LabelSize size, String title) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(pdf, "NotoSans-Regular.ttf");
            PDFont bold = font(pdf, "NotoSans-Bold.ttf");
            PDPageContentStream page = null;
            for (int i = 0; i < labels.size(); i++) {
                int slot = i % size.perSheet();
                if (slot == 0) {
                    if (page != null) {
                        page.close();
                    }
                    PDPage sheet = new PDPage(PDRectangle.A4);
                    pdf.addPage(sheet);
                    page = new PDPageContentStream(pdf, sheet);
                }
                float x = (size.leftMm + (slot % size.columns) * size.widthMm) * MM;
                float top = PDRectangle.A4.getHeight() - (size.topMm + (slot / size.columns) * size.heightMm) * MM;
                label(page, regular, bold, labels.get(i), x, top, size.widthMm * MM, size.heightMm * MM);
            }
            if (page != null) {
                page.close();
            }
            pdf.getDocumentInformation().setTitle(title);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One label: the QR code on the left at the label's full height, the texts beside it. */
    private static void label(PDPageContentStream page, PDFont regular, PDFont bold, String[] texts, float x,
                              float top, float width, float height) throws IOException {
        float pad = 1.5f * MM;
        float side = Math.min(height - 2 * pad, width * 0.55f);
        qr(page, texts[0], x + pad, top - pad - side, side);
        float textX = x + pad + side + pad;
        float textWidth = width - (textX - x) - pad;
        float fontSize = Math.max(4.5f, Math.min(8f, height / 8));
        float y = top - pad - fontSize;
        for (int i = 1; i < texts.length && y > top - height + pad; i++) {
            PDFont font = i == 1 ? bold : regular;
            String text = fit(font, fontSize, clean(texts[i]), textWidth);
            page.beginText();
            page.setFont(font, fontSize);
            page.newLineAtOffset(textX, y);
            page.showText(text);
            page.endText();
            y -= fontSize * 1.3f;
        }
    }

    /** Draws a QR code of the payload as filled squares, its quiet zone included, in a square of {@code side}. */
    static void qr(PDPageContentStream page, String payload, float x, float y, float side) throws IOException {
        BitMatrix matrix = matrix(payload);
        int n = matrix.getWidth();
        float module = side / n;
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                page.addRect(x + start * module, y + (n - row - 1) * module, (col - start) * module, module);
            }
        }
        page.fill();
    }

    /** The QR code's modules, a 4-module quiet zone included. */
    public static BitMatrix matrix(String payload) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload cannot be drawn as a QR code: " + e.getMessage(), e);
        }
    }

    private static String fit(PDFont font, float size, String text, float width) throws IOException {
        String t = text;
        while (!t.isEmpty() && font.getStringWidth(t) / 1000 * size > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.length() < text.length() && t.length() > 1 ? t.substring(0, t.length() - 1) + "…" : t;
    }

    private static String clean(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}]", " ");
    }

    private static PDFont font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = LabelSheets.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing from the classpath: " + file);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }
}

package vn.ocop.market.order;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Packing slips (PDF) and the data of shipping labels for the orders a console user may see: a
 * producer only its own (the producer comes from the signed-in user), officers any. Asking for
 * another producer's order is refused as not found, and the refusal audited. The PDF carries its
 * own font (Noto Sans, subset embedded), so Vietnamese prints and copies as typed.
 */
@Singleton
public class ShippingDocuments {

    /** The most orders one PDF holds. */
    public static final int MAX_ORDERS = 200;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final float MARGIN = 48;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 15;

    private final Orders orders;
    private final ShippingDocumentRepository repository;
    private final AuditTrail audit;

    ShippingDocuments(Orders orders, ShippingDocumentRepository repository, AuditTrail audit) {
        this.orders = orders;
        this.repository = repository;
        this.audit = audit;
    }

    /** The order with its delivery note and sender, if the user may see it. */
    public ShippingDocument document(SignedInUser user, long orderId) {
        Order order;
        try {
            order = orders.visibleOrder(user, orderId);
        } catch (NotFoundException e) {
            recordRefusal(user, orderId);
            throw e;
        }
        ShippingDocumentRepository.Extra extra = repository.extra(orderId)
                .orElseThrow(() -> new NotFoundException("No order " + orderId));
        String address = extra.commune() == null || extra.commune().isBlank() ? extra.province()
                : extra.commune() + ", " + extra.province();
        return new ShippingDocument(order, blankToNull(extra.note()), extra.producerName(), address);
    }

    /** Audits a refused request in a transaction of its own (public for the transaction proxy). */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordRefusal(SignedInUser user, long orderId) {
        audit.record(user.email(), "ORDER_REFUSED", null, null,
                "shipping documents of order " + orderId + " refused for user " + user.id() + " (" + user.role()
                        + (user.producerId() == null ? "" : ", producer " + user.producerId()) + ")");
    }

    /** One PDF with a packing slip per order, in the order given; nothing when any order is not the user's. */
    public byte[] packingSlips(SignedInUser user, List<Long> orderIds, Locale locale) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(orderIds));
        if (ids.isEmpty() || ids.size() > MAX_ORDERS) {
            throw new IllegalArgumentException("between 1 and " + MAX_ORDERS + " orders, not " + ids.size());
        }
        List<ShippingDocument> documents = ids.stream().map(id -> document(user, id)).toList();
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(pdf, "NotoSans-Regular.ttf");
            PDFont bold = font(pdf, "NotoSans-Bold.ttf");
            for (ShippingDocument d : documents) {
                new Slip(pdf, regular, bold, locale).write(d);
            }
            pdf.getDocumentInformation().setTitle(Messages.text(locale, "order.slip.title", documents.size() == 1
                    ? documents.getFirst().order().number() : documents.size()));
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = ShippingDocuments.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font missing from the classpath: " + file);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Writes one order's slip, on as many A4 pages as its lines need. */
    private static final class Slip {
        private final PDDocument pdf;
        private final PDFont regular;
        private final PDFont bold;
        private final Locale locale;
        private PDPageContentStream text;
        private float y;

        Slip(PDDocument pdf, PDFont regular, PDFont bold, Locale locale) {
            this.pdf = pdf;
            this.regular = regular;
            this.bold = bold;
            this.locale = locale;
        }

        void write(ShippingDocument d) throws IOException {
            Order o = d.order();
            newPage();
            try {
                line(bold, 16, Messages.text(locale, "order.slip.heading", o.number()));
                line(regular, SIZE, Messages.text(locale, "order.slip.date", WHEN.format(o.createdAt())));
                gap();
                line(bold, SIZE, Messages.text(locale, "order.slip.sender"));
                line(regular, SIZE, d.senderName());
                line(regular, SIZE, d.senderAddress());
                gap();
                line(bold, SIZE, Messages.text(locale, "order.slip.recipient"));
                line(regular, SIZE, o.contactName() + " · " + o.phone());
                line(regular, SIZE, o.address());
                if (d.deliveryNote() != null) {
                    line(regular, SIZE, Messages.text(locale, "order.slip.note", d.deliveryNote()));
                }
                gap();
                line(bold, SIZE, Messages.text(locale, "order.slip.lines"));
                for (OrderLine l : o.lines()) {
                    line(regular, SIZE, Messages.text(locale, "order.slip.line", l.quantity(), l.title()));
                }
                gap();
                if (d.codAmountVnd() > 0) {
                    line(bold, SIZE, Messages.text(locale, "order.slip.cod", Vnd.format(d.codAmountVnd())));
                } else {
                    line(regular, SIZE, Messages.text(locale, "order.slip.paid"));
                }
            } finally {
                text.endText();
                text.close();
            }
        }

        private void newPage() throws IOException {
            if (text != null) {
                text.endText();
                text.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            text = new PDPageContentStream(pdf, page);
            text.beginText();
            y = PDRectangle.A4.getHeight() - MARGIN;
            text.newLineAtOffset(MARGIN, y);
        }

        private void gap() throws IOException {
            y -= LEADING / 2;
            text.newLineAtOffset(0, -LEADING / 2);
        }

        /** Writes a text, wrapped to the page width, starting a new page when this one is full. */
        private void line(PDFont font, float size, String value) throws IOException {
            String clean = Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}]", " ");
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (String part : wrap(font, size, clean, width)) {
                if (y - LEADING < MARGIN) {
                    newPage();
                }
                y -= LEADING;
                text.newLineAtOffset(0, -LEADING);
                text.setFont(font, size);
                text.showText(part);
            }
        }

        private static List<String> wrap(PDFont font, float size, String value, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : value.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }
    }
}

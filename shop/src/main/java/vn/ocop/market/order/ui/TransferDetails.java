package vn.ocop.market.order.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.order.Order;
import vn.ocop.market.payment.VietQrPayload;
import vn.ocop.market.payment.ui.QrCodes;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.Optional;

/**
 * How to pay one order by bank transfer: a VietQR code for the producer's account, the amount and the
 * transfer message (the order number), and the account written out for those who type it. A producer
 * without a usable account on file gets no code, and the shopper is told to contact it.
 */
class TransferDetails extends Div {

    /** Most pixels across the QR image (each module a whole number of pixels, so often a little less). */
    static final int QR_SIZE = 240;

    TransferDetails(Order order, Optional<Producer> payee) {
        addClassName("transfer");
        String message = VietQrPayload.purposeFrom(order.number());
        Optional<VietQrPayload> payload = payee.flatMap(p -> payload(p, order.totalVnd(), message));

        Div qr = new Div();
        qr.setId("vietqr-" + order.id());
        qr.addClassName("vietqr-box");
        qr.getElement().setAttribute("data-amount", Long.toString(order.totalVnd()));
        qr.getElement().setAttribute("data-message", message);
        Span amount = new Span(Vnd.format(order.totalVnd()));
        amount.addClassName("transfer-amount");
        Span reference = new Span(message);
        reference.addClassName("transfer-message");
        Div details = new Div(new H3(I18n.text("order.transfer.title", order.producerName())));
        details.addClassName("transfer-details");

        if (payload.isPresent()) {
            Producer p = payee.orElseThrow();
            Image code = new Image(QrCodes.pngDataUrl(payload.get().encode(), QR_SIZE), I18n.text(
                    "order.transfer.qrCode", Vnd.format(order.totalVnd()), order.number()));
            // Shown at its own size: scaling would make modules uneven and harder to scan.
            code.addClassName("vietqr-image");
            qr.add(code);
            qr.addClassName("has-code");
            details.add(line(I18n.text("order.transfer.bank") + " ", bank(p), "transfer-bank"),
                    line(I18n.text("order.transfer.account") + " ", p.bankAccount(), "transfer-account"));
            if (p.bankAccountName() != null && !p.bankAccountName().isBlank()) {
                details.add(line(I18n.text("order.transfer.holder") + " ", p.bankAccountName(), "transfer-holder"));
            }
            details.add(new Paragraph(I18n.text("order.transfer.scan")));
        } else {
            Paragraph none = new Paragraph(I18n.text("order.transfer.noAccount"));
            none.addClassName("transfer-no-account");
            qr.add(none);
        }
        details.add(new Paragraph(new Span(I18n.text("order.transfer.amount") + " "), amount),
                new Paragraph(new Span(I18n.text("order.transfer.message") + " "), reference),
                new Paragraph(I18n.text("order.transfer.confirmation")));
        add(qr, details);
    }

    /** The transfer, or empty when the account on file is missing or not one VietQR can carry. */
    private static Optional<VietQrPayload> payload(Producer p, long amountVnd, String message) {
        if (p.bankBin() == null || p.bankAccount() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(VietQrPayload.of(p.bankBin(), p.bankAccount(), Vnd.of(amountVnd), message));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static String bank(Producer p) {
        return p.bankName() == null || p.bankName().isBlank() ? "BIN " + p.bankBin()
                : p.bankName() + " (BIN " + p.bankBin() + ")";
    }

    private static Paragraph line(String label, String value, String className) {
        Span v = new Span(value);
        v.addClassName(className);
        return new Paragraph(new Span(label), v);
    }
}

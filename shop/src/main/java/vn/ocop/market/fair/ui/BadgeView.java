package vn.ocop.market.fair.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.fair.Visitors;
import vn.ocop.market.payment.ui.QrCodes;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A visitor's badge, reached by its unguessable code: the fair, the visitor, the QR code shown at the
 * gate (and to booths), with PNG and PDF downloads, and whether it was checked in.
 */
@Prototype
@Route(value = "hoi-cho/the/:token", layout = ShopLayout.class)
public class BadgeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Visitors visitors;
    private Visitors.Badge badge;

    public BadgeView(Visitors visitors) {
        this.visitors = visitors;
        addClassName("fair-badge-page");
    }

    public static String path(String code) {
        return "hoi-cho/the/" + code;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        badge = visitors.badge(event.getRouteParameters().get("token").orElse("")).orElse(null);
        if (badge == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("fair.badge.notFound"));
            return;
        }
        removeAll();
        Image qr = new Image(QrCodes.pngDataUrl(badge.code(), 320), I18n.text("fair.badge.qrAlt"));
        qr.setId("badge-qr");
        qr.setWidth("240px");
        Span code = new Span(badge.printed());
        code.setId("badge-code");
        code.addClassName("badge-code");
        Paragraph state = new Paragraph(badge.checkedInAt() == null ? I18n.text("fair.badge.notCheckedIn")
                : I18n.text("fair.badge.checkedIn", WHEN.format(badge.checkedInAt())));
        state.setId("badge-state");
        Locale locale = I18n.locale();
        String base = "the-" + badge.code();
        Anchor png = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = QrCodes.png(badge.code(), 600);
            return new DownloadResponse(new ByteArrayInputStream(bytes), base + ".png", "image/png", bytes.length);
        }), I18n.text("fair.badge.downloadPng"));
        png.setId("badge-png");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = BadgePdf.bytes(badge, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), base + ".pdf", "application/pdf", bytes.length);
        }), I18n.text("fair.badge.downloadPdf"));
        pdf.setId("badge-pdf");
        Div card = new Div(new H2(badge.fairName()), new Paragraph(badge.fairDays() + " · " + badge.venue()),
                new H1(badge.name()), new Paragraph(badge.provinceName() + " · "
                + I18n.text("fair.interest." + badge.interest().name())), qr, code, state);
        card.addClassName("fair-badge");
        card.setId("fair-badge");
        add(card, new Paragraph(I18n.text("fair.badge.keep")), new Div(png, new Span(" · "), pdf));
    }

    @Override
    public String getPageTitle() {
        return I18n.text("fair.badge.pageTitle", badge == null ? "" : badge.name());
    }
}

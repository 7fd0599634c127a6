package vn.ocop.market.traceability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ui.ProductImage;
import vn.ocop.market.region.Province;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Cbv;
import vn.ocop.market.traceability.TraceEventView;
import vn.ocop.market.traceability.TraceView;
import vn.ocop.market.traceability.UnitSerial;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.StarBadge;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The body of a trace page, phone first (one column up to 600 px): the product and producer, the
 * certificate's status now (a prominent warning when it no longer holds), a unit's first scan or a
 * clone warning, the batch, its origin and its events, and "buy again" while the product is on sale.
 */
final class TraceContent {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private TraceContent() {
    }

    /** The page's sections; {@code provinceName} names a province code. */
    static Div of(TraceView t, Function<String, String> provinceName) {
        Div page = new Div();
        page.addClassName("trace-page");
        page.setId("trace-page");
        if (t.batch().withdrawn()) {
            page.add(withdrawn(t.batch()));
        }
        page.add(header(t), certificate(t));
        if (t.unit() != null || t.looksCloned()) {
            page.add(unit(t, provinceName));
        }
        page.add(batch(t.batch()), timeline(t.events()));
        if (t.productPage() != null) {
            Anchor buy = new Anchor(t.productPage(), I18n.text("trace.page.buyAgain"));
            buy.setId("buy-again");
            buy.addClassNames("buy-again", "primary-button");
            page.add(buy);
        }
        return page;
    }

    static String name(Product p) {
        return I18n.stored(p.name(), p.nameEn());
    }

    private static Component withdrawn(BatchView b) {
        Div box = new Div(new H2(I18n.text("trace.page.withdrawn.title")),
                new Paragraph(I18n.text("trace.page.withdrawn.since", b.withdrawnAt() == null ? ""
                        : WHEN.format(b.withdrawnAt().atZone(VIETNAM)))));
        if (b.withdrawnReason() != null) {
            box.add(new Paragraph(I18n.text("trace.page.withdrawn.reason", b.withdrawnReason())));
        }
        box.setId("batch-withdrawn");
        box.addClassNames("trace-alert", "trace-danger");
        return box;
    }

    private static Component header(TraceView t) {
        String name = name(t.product());
        Image photo = t.cover() == null ? ProductImage.of(t.product().group(), name)
                : new Image(t.cover().url(ImageSize.CARD), name);
        photo.addClassName("trace-photo");
        photo.setWidth("96px");
        photo.setHeight("96px");
        H1 title = new H1(name);
        title.setId("trace-product");
        Component producer = t.producerPage() == null ? new Span(t.producer().name())
                : new Anchor(t.producerPage(), t.producer().name());
        producer.setId("trace-producer");
        Paragraph by = new Paragraph(new Span(I18n.text("trace.page.producer") + " "), producer,
                new Span(" · " + t.producer().province()));
        Div text = new Div(title, by);
        Div header = new Div(photo, text);
        header.addClassName("trace-header");
        return header;
    }

    private static Component certificate(TraceView t) {
        Section box = new Section();
        box.setId("certificate");
        Certificate c = t.certificate();
        Span status = new Span();
        status.setId("certificate-status");
        switch (t.status()) {
            case VALID -> {
                status.setText(I18n.text("trace.page.certificate.valid"));
                box.addClassName("trace-ok");
                box.add(new H2(I18n.text("trace.page.certificate.title")), new StarBadge(c.stars()), status,
                        facts(List.of(
                                I18n.text("trace.page.certificate.number"), c.certificateNumber(),
                                I18n.text("trace.page.certificate.issuer"), c.issuedBy(),
                                I18n.text("trace.page.certificate.validUntil"), I18n.lastValidDay(c.validUntil()))));
                return box;
            }
            case REVOKED -> status.setText(t.statusSince() == null ? I18n.text("trace.page.certificate.revoked")
                    : I18n.text("trace.page.certificate.revokedSince", WHEN.format(t.statusSince().atZone(VIETNAM))));
            case EXPIRED -> status.setText(t.statusSince() == null ? I18n.text("trace.page.certificate.notHeld")
                    : I18n.text("trace.page.certificate.expiredSince", I18n.lastValidDay(t.statusSince())));
            case NONE -> status.setText(I18n.text("trace.page.certificate.none"));
        }
        box.addClassNames("trace-alert", "trace-danger");
        box.add(new H2(I18n.text("trace.page.certificate.warning")), status);
        if (c != null) {
            box.add(facts(List.of(I18n.text("trace.page.certificate.number"), c.certificateNumber(),
                    I18n.text("trace.page.certificate.issuer"), c.issuedBy())));
        }
        return box;
    }

    private static Component unit(TraceView t, Function<String, String> provinceName) {
        Section box = new Section();
        box.setId("trace-unit");
        UnitSerial u = t.unit();
        if (t.looksCloned()) {
            Paragraph warning = new Paragraph(I18n.text("trace.page.unit.cloned"));
            warning.setId("clone-warning");
            box.addClassNames("trace-alert", "trace-danger");
            box.add(new H2(I18n.text("trace.page.unit.clonedTitle")), warning);
        }
        if (u != null) {
            String where = u.firstProvince() == null ? I18n.text("trace.page.unit.unknownPlace")
                    : provinceName.apply(u.firstProvince());
            Paragraph first = new Paragraph(u.firstScannedAt() == null ? I18n.text("trace.page.unit.notScanned")
                    : I18n.text("trace.page.unit.firstScan", WHEN.format(u.firstScannedAt().atZone(VIETNAM)), where));
            first.setId("first-scan");
            box.add(new Paragraph(I18n.text("trace.page.unit.serial", u.serial())), first);
        }
        return box;
    }

    private static Component batch(BatchView b) {
        Section s = new Section(new H2(I18n.text("trace.page.batch.title")));
        s.setId("trace-batch");
        java.util.ArrayList<String> rows = new java.util.ArrayList<>(List.of(
                I18n.text("trace.page.batch.lot"), b.lot(),
                I18n.text("trace.page.batch.gtin"), b.gtin(),
                I18n.text("trace.page.batch.produced"), I18n.day(b.productionDate()),
                I18n.text("trace.page.batch.bestBefore"), I18n.day(b.bestBefore())));
        if (b.originText() != null) {
            rows.addAll(List.of(I18n.text("trace.page.batch.origin"),
                    b.originCode() == null ? b.originText() : b.originText() + " (" + b.originCode() + ")"));
        }
        if (b.standards() != null) {
            rows.addAll(List.of(I18n.text("trace.page.batch.standards"), b.standards()));
        }
        s.add(facts(rows));
        return s;
    }

    private static Component timeline(List<TraceEventView> events) {
        Section s = new Section(new H2(I18n.text("trace.page.events.title")));
        s.setId("trace-events");
        if (events.isEmpty()) {
            s.add(new Paragraph(I18n.text("trace.page.events.none")));
            return s;
        }
        OrderedList list = new OrderedList();
        list.addClassName("trace-timeline");
        for (TraceEventView e : events) {
            String step = e.step();
            String what = step != null && Cbv.STEPS.contains(step) ? I18n.text("trace.step." + step)
                    : step != null ? step : e.eventType();
            String where = e.commune() != null && e.province() != null ? e.commune() + ", " + e.province()
                    : e.province() != null ? e.province() : e.gln() != null ? "GLN " + e.gln() : e.readPoint();
            Span when = new Span(WHEN.format(e.localTime()) + " (UTC" + e.eventTimeZoneOffset() + ")");
            when.addClassName("trace-when");
            Span title = new Span(what);
            title.addClassName("trace-what");
            ListItem item = new ListItem(when, title);
            if (where != null) {
                Span place = new Span(where);
                place.addClassName("trace-where");
                item.add(place);
            }
            list.add(item);
        }
        s.add(list);
        return s;
    }

    private static Div facts(List<String> labelsAndValues) {
        Div dl = new Div();
        dl.addClassName("facts");
        for (int i = 0; i + 1 < labelsAndValues.size(); i += 2) {
            Span l = new Span(labelsAndValues.get(i));
            l.addClassName("fact-label");
            Span v = new Span(labelsAndValues.get(i + 1));
            v.addClassName("fact-value");
            Div row = new Div(l, v);
            row.addClassName("fact");
            dl.add(row);
        }
        return dl;
    }

    /** The province's name for a code, or the code itself. */
    static String provinceName(List<Province> provinces, String code) {
        return provinces.stream().filter(p -> p.code().equals(code)).map(Province::name).findFirst().orElse(code);
    }
}

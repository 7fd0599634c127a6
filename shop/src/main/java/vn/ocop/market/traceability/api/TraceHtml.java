package vn.ocop.market.traceability.api;

import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Validity;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.product.Product;
import vn.ocop.market.region.Province;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.VietnameseDates;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Cbv;
import vn.ocop.market.traceability.TraceEventView;
import vn.ocop.market.traceability.TracePaths;
import vn.ocop.market.traceability.TraceView;
import vn.ocop.market.traceability.UnitSerial;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sections of a trace page in one language: a withdrawn batch's notice, the product and its
 * producer, the certificate's status now (a prominent warning when it no longer holds), the unit
 * (first scan, clone warning), the batch, the event timeline and "buy again" while on sale.
 */
final class TraceHtml {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Locale locale;
    private final HtmlPage page;

    TraceHtml(Locale locale, HtmlPage page) {
        this.locale = locale;
        this.page = page;
    }

    private String t(String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    /** The product's name in the page's language. */
    static String name(Product p, Locale locale) {
        return p.nameEn() != null && "en".equals(Messages.language(locale)) ? p.nameEn() : p.name();
    }

    /** What the certificate's status says, in one sentence. */
    String status(TraceView v) {
        return status(locale, v);
    }

    /** What the certificate's status says, in one sentence, in a language. */
    static String status(Locale locale, TraceView v) {
        return switch (v.status()) {
            case VALID -> Messages.text(locale, "trace.page.certificate.valid");
            case REVOKED -> v.statusSince() == null ? Messages.text(locale, "trace.page.certificate.revoked")
                    : Messages.text(locale, "trace.page.certificate.revokedSince", WHEN.format(v.statusSince().atZone(VIETNAM)));
            case EXPIRED -> v.statusSince() == null ? Messages.text(locale, "trace.page.certificate.notHeld")
                    : Messages.text(locale, "trace.page.certificate.expiredSince", lastValidDay(v.statusSince()));
            case NONE -> Messages.text(locale, "trace.page.certificate.none");
        };
    }

    void write(TraceView v, List<Province> provinces) {
        page.raw("<main id=\"trace-page\" class=\"trace-page\">");
        if (v.batch().withdrawn()) {
            withdrawn(v.batch());
        }
        header(v);
        certificate(v);
        if (v.unit() != null || v.looksCloned()) {
            unit(v, provinces);
        }
        batch(v.batch());
        timeline(v.events());
        if (v.productPage() != null) {
            page.raw("<a id=\"buy-again\" class=\"buy-again\" href=\"").raw(HtmlPage.attr(v.productPage())).raw("\">")
                    .esc(t("trace.page.buyAgain")).raw("</a>");
        }
    }

    private void withdrawn(BatchView b) {
        page.raw("<section id=\"batch-withdrawn\" class=\"trace-alert trace-danger\">")
                .element("h2", t("trace.page.withdrawn.title"))
                .element("p", t("trace.page.withdrawn.since", b.withdrawnAt() == null ? ""
                        : WHEN.format(b.withdrawnAt().atZone(VIETNAM))));
        if (b.withdrawnReason() != null) {
            page.element("p", t("trace.page.withdrawn.reason", b.withdrawnReason()));
        }
        page.raw("</section>");
    }

    private void header(TraceView v) {
        String name = name(v.product(), locale);
        page.raw("<div class=\"trace-header\">");
        if (v.cover() != null) {
            page.raw("<img class=\"trace-photo\" width=\"96\" height=\"96\" src=\"")
                    .raw(HtmlPage.attr(v.cover().url(ImageSize.CARD))).raw("\" alt=\"").raw(HtmlPage.attr(name)).raw("\">");
        } else {
            page.raw("<div class=\"trace-photo\" role=\"img\" aria-label=\"").raw(HtmlPage.attr(name)).raw("\"></div>");
        }
        page.raw("<div>").element("h1 id=\"trace-product\"", name).raw("<p>").esc(t("trace.page.producer")).raw(" ");
        if (v.producerPage() == null) {
            page.element("span id=\"trace-producer\"", v.producer().name());
        } else {
            page.raw("<a id=\"trace-producer\" href=\"").raw(HtmlPage.attr(v.producerPage())).raw("\">")
                    .esc(v.producer().name()).raw("</a>");
        }
        page.esc(" · " + v.producer().province()).raw("</p></div></div>");
    }

    private void certificate(TraceView v) {
        Certificate c = v.certificate();
        if (v.status() == TraceView.CertificateStatus.VALID) {
            page.raw("<section id=\"certificate\" class=\"trace-ok\">").element("h2", t("trace.page.certificate.title"))
                    .element("span class=\"stars\" data-stars=\"" + c.stars() + "\"",
                            "★".repeat(c.stars()) + " " + t("shop.starBadge.label", c.stars()))
                    .element("span id=\"certificate-status\"", status(v));
            facts(List.of(t("trace.page.certificate.number"), c.certificateNumber(),
                    t("trace.page.certificate.issuer"), c.issuedBy(),
                    t("trace.page.certificate.validUntil"), lastValidDay(c.validUntil())));
        } else {
            page.raw("<section id=\"certificate\" class=\"trace-alert trace-danger\" role=\"alert\">")
                    .element("h2", t("trace.page.certificate.warning"))
                    .element("span id=\"certificate-status\"", status(v));
            if (c != null) {
                facts(List.of(t("trace.page.certificate.number"), c.certificateNumber(),
                        t("trace.page.certificate.issuer"), c.issuedBy()));
            }
        }
        page.raw("</section>");
    }

    private void unit(TraceView v, List<Province> provinces) {
        UnitSerial u = v.unit();
        page.raw(v.looksCloned() ? "<section id=\"trace-unit\" class=\"trace-alert trace-danger\">" : "<section id=\"trace-unit\">");
        if (v.looksCloned()) {
            page.element("h2", t("trace.page.unit.clonedTitle")).element("p id=\"clone-warning\"", t("trace.page.unit.cloned"));
        }
        if (u != null) {
            String where = u.firstProvince() == null ? t("trace.page.unit.unknownPlace")
                    : provinces.stream().filter(p -> p.code().equals(u.firstProvince())).map(Province::name)
                    .findFirst().orElse(u.firstProvince());
            page.element("p", t("trace.page.unit.serial", u.serial()))
                    .element("p id=\"first-scan\"", u.firstScannedAt() == null ? t("trace.page.unit.notScanned")
                            : t("trace.page.unit.firstScan", WHEN.format(u.firstScannedAt().atZone(VIETNAM)), where));
        }
        page.raw("</section>");
    }

    private void batch(BatchView b) {
        page.raw("<section id=\"trace-batch\">").element("h2", t("trace.page.batch.title"));
        List<String> rows = new ArrayList<>(List.of(
                t("trace.page.batch.lot"), b.lot(),
                t("trace.page.batch.gtin"), b.gtin(),
                t("trace.page.batch.produced"), VietnameseDates.day(b.productionDate()),
                t("trace.page.batch.bestBefore"), VietnameseDates.day(b.bestBefore())));
        if (b.originText() != null) {
            rows.addAll(List.of(t("trace.page.batch.origin"),
                    b.originCode() == null ? b.originText() : b.originText() + " (" + b.originCode() + ")"));
        }
        if (b.standards() != null) {
            rows.addAll(List.of(t("trace.page.batch.standards"), b.standards()));
        }
        facts(rows);
        page.raw("</section>");
    }

    private void timeline(List<TraceEventView> events) {
        page.raw("<section id=\"trace-events\">").element("h2", t("trace.page.events.title"));
        if (events.isEmpty()) {
            page.element("p", t("trace.page.events.none")).raw("</section>");
            return;
        }
        page.raw("<ol class=\"trace-timeline\">");
        for (TraceEventView e : events) {
            String step = e.step();
            String what = step != null && Cbv.STEPS.contains(step) ? t("trace.step." + step)
                    : step != null ? step : e.eventType();
            String where = e.commune() != null && e.province() != null ? e.commune() + ", " + e.province()
                    : e.province() != null ? e.province() : e.gln() != null ? "GLN " + e.gln() : e.readPoint();
            page.raw("<li>").element("span class=\"trace-when\"",
                            WHEN.format(e.localTime()) + " (UTC" + e.eventTimeZoneOffset() + ")")
                    .element("span class=\"trace-what\"", what);
            if (where != null) {
                page.element("span class=\"trace-where\"", where);
            }
            page.raw("</li>");
        }
        page.raw("</ol></section>");
    }

    private void facts(List<String> labelsAndValues) {
        page.raw("<dl class=\"facts\">");
        for (int i = 0; i + 1 < labelsAndValues.size(); i += 2) {
            page.element("dt", labelsAndValues.get(i)).element("dd", labelsAndValues.get(i + 1));
        }
        page.raw("</dl>");
    }

    /**
     * The form that lets the visitor tell the province it scanned in (nothing is read from the
     * device): a GET of the same page with {@code tinh}, counted as a scan from there.
     */
    void share(TraceView v, List<Province> provinces, @Nullable String lang, boolean shared) {
        page.raw("<section class=\"trace-share\">");
        if (shared) {
            page.element("p id=\"share-thanks\"", t("trace.page.share.thanks")).raw("</section></main>");
            return;
        }
        page.element("p", t("trace.page.share.why")).raw("<form method=\"get\" action=\"/" + TracePaths.ROUTE + "\">");
        hidden(TracePaths.GTIN, v.link().gtin());
        hidden(TracePaths.LOT, v.link().lot());
        hidden(TracePaths.SERIAL, v.link().serial());
        hidden(TracePageHtml.LANG, lang);
        page.raw("<label for=\"share-province\">").esc(t("trace.page.share.label"))
                .raw("</label><select id=\"share-province\" name=\"tinh\" required><option value=\"\"></option>");
        for (Province p : provinces) {
            page.raw("<option value=\"").raw(HtmlPage.attr(p.code())).raw("\">").esc(p.name()).raw("</option>");
        }
        page.raw("</select><button id=\"share-send\" type=\"submit\">").esc(t("trace.page.share.send"))
                .raw("</button></form></section></main>");
    }

    private void hidden(String name, @Nullable String value) {
        if (value != null) {
            page.raw("<input type=\"hidden\" name=\"").raw(name).raw("\" value=\"").raw(HtmlPage.attr(value)).raw("\">");
        }
    }

    private static String lastValidDay(Instant validUntil) {
        return VietnameseDates.day(Validity.lastValidDay(validUntil));
    }
}

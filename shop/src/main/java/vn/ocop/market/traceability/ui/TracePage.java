package vn.ocop.market.traceability.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.traceability.DigitalLink;
import vn.ocop.market.traceability.ScanSource;
import vn.ocop.market.traceability.Scans;
import vn.ocop.market.traceability.TracePages;
import vn.ocop.market.traceability.TracePaths;
import vn.ocop.market.traceability.TraceView;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.List;

/**
 * The public trace page a scanned code leads to ({@code /truy-xuat?gtin=…&lo=…[&seri=…]}), read
 * fresh on every visit. Each visit is a scan ({@link Scans}); the visitor may share its province,
 * which tells where a unit was first scanned and lets far-apart scans of one code stand out.
 * Without a code, a form to type the one printed on the pack.
 */
@Prototype
@Route(value = TracePaths.ROUTE, layout = ShopLayout.class)
@StyleSheet("styles/trace.css")
public class TracePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TracePages pages;
    private final Scans scans;
    private final Provinces provinces;
    private String title = "";

    public TracePage(TracePages pages, Scans scans, Provinces provinces) {
        this.pages = pages;
        this.scans = scans;
        this.provinces = provinces;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        String gtin = one(query, TracePaths.GTIN);
        String lot = one(query, TracePaths.LOT);
        if (gtin == null || lot == null) {
            title = I18n.text("trace.lookup.title");
            add(lookup(gtin));
            return;
        }
        DigitalLink link;
        try {
            link = new DigitalLink(gtin, lot, one(query, TracePaths.SERIAL), null);
        } catch (InvalidInputException e) {
            event.rerouteToError(NotFoundException.class, I18n.messages(e));
            return;
        }
        TraceView trace = pages.page(link).orElse(null);
        if (trace == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("trace.page.notFound"));
            return;
        }
        ScanSource source = ScanRequests.current(one(query, TracePaths.PROVINCE));
        if (source != null) {
            scans.record(source, trace.batch().id(), trace.unit());
            if (trace.unit() != null) {
                // The counted scan may be the unit's first: show it as it now stands.
                trace = pages.page(link).orElse(trace);
            }
        }
        title = I18n.text("trace.page.title", TraceContent.name(trace.product()));
        if (trace.batch().withdrawn()) {
            event.rerouteToError(new BatchWithdrawn(trace), I18n.text("trace.page.withdrawn.title"));
            return;
        }
        add(TraceContent.of(trace, code -> TraceContent.provinceName(provinces.all(), code)));
        if (source != null) {
            add(shareProvince(source, trace));
        }
    }

    /** Lets the visitor tell the province it scanned in (nothing is read from the device). */
    private Div shareProvince(ScanSource source, TraceView trace) {
        Select<Province> province = new Select<>();
        province.setLabel(I18n.text("trace.page.share.label"));
        province.setItems(provinces.all());
        province.setItemLabelGenerator(Province::name);
        province.setId("share-province");
        Paragraph thanks = new Paragraph();
        thanks.setId("share-thanks");
        province.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                scans.record(new ScanSource(source.clientAddress(), source.userAgent(), false, e.getValue().code()),
                        trace.batch().id(), trace.unit());
                thanks.setText(I18n.text("trace.page.share.thanks"));
                province.setEnabled(false);
            }
        });
        Div box = new Div(new Paragraph(I18n.text("trace.page.share.why")), province, thanks);
        box.addClassName("trace-share");
        return box;
    }

    private Div lookup(String gtin) {
        TextField gtinField = new TextField(I18n.text("trace.lookup.gtin"));
        gtinField.setId("lookup-gtin");
        gtinField.setValue(gtin == null ? "" : gtin);
        TextField lotField = new TextField(I18n.text("trace.lookup.lot"));
        lotField.setId("lookup-lot");
        Paragraph error = new Paragraph();
        error.addClassName("field-error");
        Button go = new Button(I18n.text("trace.lookup.go"), e -> {
            try {
                DigitalLink link = new DigitalLink(gtinField.getValue().strip(), lotField.getValue().strip(), null, null);
                getUI().ifPresent(ui -> ui.navigate(TracePaths.page(link).substring(1)));
            } catch (InvalidInputException refused) {
                error.setText(I18n.messages(refused));
            }
        });
        go.setId("lookup-go");
        Div form = new Div(new H1(I18n.text("trace.lookup.title")), new Paragraph(I18n.text("trace.lookup.intro")),
                gtinField, lotField, go, error);
        form.addClassName("trace-lookup");
        return form;
    }

    private static String one(QueryParameters query, String name) {
        List<String> values = query.getParameters().getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package vn.ocop.market.fair.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairPaths;
import vn.ocop.market.fair.FairPeriod;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.VietnameseText;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fair's online twin: when and where, the plan with clickable booths and its legend, and every
 * assigned booth, filtered by words (producer, product, booth number; diacritics optional),
 * province and product group.
 */
@Prototype
@StyleSheet("styles/fairs.css")
@Route(value = "hoi-cho/:slug", layout = ShopLayout.class)
public class FairPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** An assigned booth with what the filter looks at. */
    record Entry(BoothView booth, String folded, Set<ProductGroup> groups, int products) {
    }

    private final Fairs fairs;
    private final Catalog catalog;
    private final Div results = new Div();
    private final TextField words = new TextField();
    private final Select<String> province = new Select<>();
    private final Select<ProductGroup> group = new Select<>();
    private List<Entry> entries = List.of();
    private FairView fair;
    private String title = "";

    public FairPageView(Fairs fairs, Catalog catalog) {
        this.fairs = fairs;
        this.catalog = catalog;
        addClassName("fair-page");
        results.setId("fair-booths");
        results.addClassName("fair-booth-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        fair = fairs.publishedBySlug(event.getRouteParameters().get("slug").orElse("")).orElse(null);
        if (fair == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("fair.page.notFound"));
            return;
        }
        removeAll();
        title = I18n.stored(fair.name(), fair.nameEn());
        List<BoothView> booths = fairs.boothsOf(fair.id());
        entries = entries(booths);

        H1 name = new H1(title);
        name.setId("fair-name");
        Paragraph when = new Paragraph(FairTexts.dates(fair) + " · " + FairTexts.period(fair, fairs.today())
                + (fair.openingHours() == null ? "" : " · " + I18n.text("fair.page.hours", fair.openingHours())));
        when.setId("fair-when");
        Paragraph where = new Paragraph(FairTexts.place(fair));
        where.setId("fair-where");
        add(new Anchor(FairPaths.FAIRS, I18n.text("fair.page.allFairs")), name, when, where);
        if (fair.period(fairs.today()) != FairPeriod.PAST) {
            Anchor register = new Anchor(FairPaths.registration(fair.slug()), I18n.text("fair.page.register"));
            register.setId("fair-register");
            register.addClassName("fair-register");
            add(new Paragraph(register));
        }
        if (fair.theme() != null) {
            add(new Paragraph(fair.theme()));
        }
        Section plan = new Section(new H2(I18n.text("fair.page.plan")), FairTexts.plan(fair, booths, true),
                FairTexts.legend(fairs.zonesOf(fair.id())));
        plan.addClassName("fair-plan-section");
        add(plan, filters(), results);
        show();
    }

    private List<Entry> entries(List<BoothView> booths) {
        List<BoothView> assigned = booths.stream().filter(BoothView::assigned).toList();
        Map<Long, ListedProduct> listed = new HashMap<>();
        catalog.listedAmong(assigned.stream().flatMap(b -> b.productIds().stream()).distinct().toList())
                .forEach(p -> listed.put(p.id(), p));
        List<Entry> out = new ArrayList<>();
        for (BoothView b : assigned) {
            StringBuilder text = new StringBuilder(b.number()).append(' ').append(b.producerName()).append(' ')
                    .append(b.producerProvince());
            Set<ProductGroup> groups = EnumSet.noneOf(ProductGroup.class);
            int count = 0;
            for (Long id : b.productIds()) {
                ListedProduct p = listed.get(id);
                if (p != null) {
                    text.append(' ').append(p.name()).append(' ').append(p.nameEn() == null ? "" : p.nameEn());
                    groups.add(p.group());
                    count++;
                }
            }
            out.add(new Entry(b, VietnameseText.fold(text.toString()), groups, count));
        }
        return out;
    }

    private Div filters() {
        words.setId("fair-filter-text");
        words.setLabel(I18n.text("fair.page.filterText"));
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.addValueChangeListener(e -> show());
        Set<String> provinces = new TreeSet<>(vn.ocop.market.shared.VietnameseOrder.NAMES);
        entries.forEach(e -> provinces.add(e.booth().producerProvince()));
        province.setId("fair-filter-province");
        province.setLabel(I18n.text("fair.page.filterProvince"));
        province.setEmptySelectionAllowed(true);
        province.setEmptySelectionCaption(I18n.text("fair.page.all"));
        province.setItems(List.copyOf(provinces));
        province.addValueChangeListener(e -> show());
        group.setId("fair-filter-group");
        group.setLabel(I18n.text("fair.page.filterGroup"));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(I18n.text("fair.page.all"));
        group.setItems(ProductGroup.values());
        group.setItemLabelGenerator(g -> g == null ? I18n.text("fair.page.all") : I18n.text("product.group." + g.name()));
        group.addValueChangeListener(e -> show());
        Div filters = new Div(words, province, group);
        filters.addClassName("fair-filters");
        return filters;
    }

    private void show() {
        results.removeAll();
        String[] wanted = VietnameseText.fold(words.getValue()).trim().split("\\s+");
        List<Entry> shown = entries.stream()
                .filter(e -> province.getValue() == null || province.getValue().equals(e.booth().producerProvince()))
                .filter(e -> group.getValue() == null || e.groups().contains(group.getValue()))
                .filter(e -> java.util.Arrays.stream(wanted).allMatch(w -> w.isEmpty() || e.folded().contains(w)))
                .toList();
        Paragraph count = new Paragraph(I18n.text("fair.page.boothCount", shown.size(), entries.size()));
        count.setId("fair-booth-count");
        results.add(count);
        for (Entry e : shown) {
            BoothView b = e.booth();
            Anchor link = new Anchor(FairPaths.booth(fair.slug(), b.number()),
                    I18n.text("fair.page.boothLink", b.number(), b.producerName()));
            Span zone = new Span(b.zoneName() == null ? "" : I18n.stored(b.zoneName(), b.zoneNameEn()));
            zone.addClassName("fair-zone");
            if (b.zoneColour() != null) {
                zone.getStyle().set("border-left-color", b.zoneColour());
            }
            Div card = new Div(link, new Paragraph(b.producerProvince() + " · "
                    + I18n.text("fair.page.products", e.products())), zone);
            card.addClassName("fair-booth-card");
            card.setId("fair-booth-card-" + b.number());
            results.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.page.pageTitle", title);
    }
}

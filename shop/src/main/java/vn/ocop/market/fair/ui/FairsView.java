package vn.ocop.market.fair.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.fair.FairPaths;
import vn.ocop.market.fair.FairPeriod;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.time.LocalDate;
import java.util.List;

/** {@code /hoi-cho}: OCOP fairs open now, coming up and past, and a link to the permanent showrooms. */
@Prototype
@StyleSheet("styles/fairs.css")
@Route(value = "hoi-cho", layout = ShopLayout.class)
public class FairsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Fairs fairs;

    public FairsView(Fairs fairs) {
        this.fairs = fairs;
        addClassName("fairs-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        LocalDate today = fairs.today();
        Anchor showrooms = new Anchor(FairPaths.SHOWROOMS, I18n.text("fair.list.showrooms"));
        showrooms.setId("fairs-showrooms");
        add(new H1(I18n.text("fair.list.title")), new Paragraph(I18n.text("fair.list.intro")), showrooms);
        add(section("fairs-open", FairPeriod.OPEN, today), section("fairs-upcoming", FairPeriod.UPCOMING, today),
                section("fairs-past", FairPeriod.PAST, today));
    }

    private Section section(String id, FairPeriod period, LocalDate today) {
        List<FairView> list = fairs.published(period);
        Section section = new Section(new H2(I18n.text("fair.list." + period.name())));
        section.setId(id);
        if (list.isEmpty()) {
            section.add(new Paragraph(I18n.text("fair.list.none")));
        }
        for (FairView f : list) {
            Anchor name = new Anchor(FairPaths.fair(f.slug()), I18n.stored(f.name(), f.nameEn()));
            Div card = new Div(new H3(name), new Paragraph(FairTexts.dates(f) + " · " + FairTexts.period(f, today)),
                    new Paragraph(FairTexts.place(f)));
            card.addClassName("fair-card");
            section.add(card);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.page.pageTitle", I18n.text("fair.list.title"));
    }
}

package vn.ocop.market.fair.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.fair.FairPaths;
import vn.ocop.market.fair.Showroom;
import vn.ocop.market.fair.Showrooms;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

/** {@code /diem-ban-ocop}: the permanent OCOP showrooms and points of sale, by province. */
@Prototype
@StyleSheet("styles/fairs.css")
@Route(value = "diem-ban-ocop", layout = ShopLayout.class)
public class ShowroomsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Showrooms are a few per province. */
    static final int MAX = 500;

    private final Showrooms showrooms;

    public ShowroomsView(Showrooms showrooms) {
        this.showrooms = showrooms;
        addClassName("showrooms-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Anchor(FairPaths.FAIRS, I18n.text("fair.page.allFairs")), new H1(I18n.text("fair.showrooms.title")),
                new Paragraph(I18n.text("fair.showrooms.intro")));
        Div list = new Div();
        list.setId("showroom-list");
        for (Showroom s : showrooms.page(0, MAX)) {
            Div card = new Div(new H3(new Anchor(FairPaths.showroom(s.slug()), I18n.stored(s.name(), s.nameEn()))),
                    new Paragraph(ShowroomView.address(showrooms, s)),
                    new Paragraph(s.openingHours() == null ? "" : I18n.text("fair.page.hours", s.openingHours())));
            card.addClassName("fair-card");
            list.add(card);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(I18n.text("fair.showrooms.none")));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.page.pageTitle", I18n.text("fair.showrooms.title"));
    }
}

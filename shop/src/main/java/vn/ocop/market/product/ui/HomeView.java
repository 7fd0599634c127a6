package vn.ocop.market.product.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.PageSection;
import vn.ocop.market.ui.ShopLayout;

import java.util.List;
import java.util.Map;

/** The storefront home: every product whose OCOP certificate is valid now. */
@Prototype
@Route(value = "", layout = ShopLayout.class)
public class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 24;

    /** Numbered buttons shown around the current page; first, previous, next and last reach the rest. */
    static final int PAGER_WINDOW = 5;

    private final HomePages pages;
    private final Carts carts;
    private final Div grid = new Div();
    private final Div pager = new Div();
    private final Span count = new Span();

    private final Div sections = new Div();
    private final List<PageSection> features;

    public HomeView(HomePages pages, Carts carts, List<PageSection> features) {
        this.pages = pages;
        this.features = features;
        this.carts = carts;
        addClassName("home");
        H1 title = new H1(I18n.text("product.home.title"));
        Paragraph intro = new Paragraph(I18n.text("product.home.intro"));
        grid.addClassName("product-grid");
        grid.setId("product-grid");
        pager.addClassName("pager");
        count.addClassName("result-count");
        sections.addClassName("home-sections");
        add(title, intro, sections, count, grid, pager);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int page = event.getLocation().getQueryParameters().getSingleParameter("trang")
                .map(HomeView::parsePage).orElse(0);
        sections.removeAll();
        if (page == 0) {
            features.forEach(f -> f.home().ifPresent(sections::add));
        }
        show(page);
    }

    private void show(int page) {
        HomePages.Shown result = pages.shown(page, PAGE_SIZE);
        grid.removeAll();
        for (Catalog.Showcase s : result.items()) {
            grid.add(ProductCard.of(s, carts));
        }
        count.setText(I18n.text("product.home.count", result.total()));
        pager.removeAll();
        int last = (int) Math.max(0, (result.total() - 1) / PAGE_SIZE);
        if (last == 0) {
            return;
        }
        int current = Math.min(page, last);
        int from = Math.max(0, Math.min(current - PAGER_WINDOW / 2, last - PAGER_WINDOW + 1));
        int to = Math.min(last, from + PAGER_WINDOW - 1);
        pager.add(pageButton("«", I18n.text("product.home.firstPage"), 0, current > 0));
        pager.add(pageButton("‹", I18n.text("product.home.previousPage"), current - 1, current > 0));
        for (int i = from; i <= to; i++) {
            Button b = pageButton(Integer.toString(i + 1), I18n.text("product.home.page", i + 1), i, true);
            if (i == current) {
                b.getElement().setAttribute("aria-current", "page");
                b.addClassName("current");
            }
            pager.add(b);
        }
        pager.add(pageButton("›", I18n.text("product.home.nextPage"), current + 1, current < last));
        pager.add(pageButton("»", I18n.text("product.home.lastPage"), last, current < last));
    }

    private Button pageButton(String text, String label, int target, boolean enabled) {
        Button b = new Button(text, e -> getUI().ifPresent(ui -> ui.navigate(HomeView.class,
                QueryParameters.simple(Map.of("trang", Integer.toString(target))))));
        b.getElement().setAttribute("aria-label", label);
        b.setEnabled(enabled);
        return b;
    }

    private static int parsePage(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.home.pageTitle");
    }
}

package vn.ocop.market.product.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.search.ProductDocument;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

/** Search results; when the search engine is down, a plainer database search answers instead. */
@Prototype
@Route(value = "tim-kiem", layout = ShopLayout.class)
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(SearchView.class);

    private final ProductSearch search;
    private final Catalog catalog;
    private final Div grid = new Div();
    private final H1 heading = new H1();
    private final Paragraph notice = new Paragraph();

    public SearchView(ProductSearch search, Catalog catalog) {
        this.search = search;
        this.catalog = catalog;
        grid.addClassName("product-grid");
        grid.setId("product-grid");
        notice.addClassName("notice");
        add(heading, notice, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").trim();
        grid.removeAll();
        notice.setVisible(false);
        long total;
        try {
            ProductSearch.Result result = search.search(q, 0, 48);
            total = result.total();
            for (ProductDocument d : result.items()) {
                grid.add(new ProductCard(d.slug(), d.name(), d.nameEn(), ProductGroup.valueOf(d.group()),
                        d.producerName(), d.province(), d.priceVnd(), d.stars()));
            }
        } catch (Exception e) {
            LOG.warn("Search engine unavailable, using the database: {}", e.toString());
            notice.setText(I18n.t("Tìm kiếm nâng cao tạm thời gián đoạn; kết quả dưới đây là tìm kiếm đơn giản.",
                    "Full search is temporarily unavailable; these are simple search results."));
            notice.setVisible(true);
            Catalog.Page page = catalog.search(q, 0, 48);
            total = page.total();
            for (ListedProduct p : page.items()) {
                grid.add(new ProductCard(p.slug(), p.name(), p.nameEn(), p.group(), p.producerName(), p.province(),
                        p.priceVnd(), p.stars()));
            }
        }
        heading.setText(I18n.t(total + " kết quả cho \"" + q + "\"", total + " results for \"" + q + "\""));
        if (total == 0) {
            grid.add(new Paragraph(I18n.t("Không tìm thấy sản phẩm nào. Hãy thử từ khóa khác.",
                    "No products found. Try other words.")));
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.t("Tìm kiếm – Chợ OCOP", "Search – OCOP market");
    }
}

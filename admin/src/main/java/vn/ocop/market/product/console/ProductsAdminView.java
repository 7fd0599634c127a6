package vn.ocop.market.product.console;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.GridSorts;
import vn.ocop.market.product.ProductPages;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

/**
 * Every product with its listing state, so officers see what shoppers can and cannot buy. The grid
 * reads one page at a time from the database, sorted there.
 */
@Prototype
@Route(value = "admin/products", layout = AdminLayout.class)
public class ProductsAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ProductPages.Row> grid = new Grid<>();

    public ProductsAdminView(ProductPages products) {
        setSizeFull();
        grid.addColumn(r -> r.product().code()).setHeader(I18n.text("console.products.code")).setAutoWidth(true)
                .setSortProperty("code");
        grid.addColumn(r -> r.product().name()).setHeader(I18n.text("console.products.name")).setFlexGrow(2)
                .setSortProperty("name");
        grid.addColumn(ProductPages.Row::producerName).setHeader(I18n.text("console.common.producer")).setFlexGrow(2)
                .setSortProperty("producer");
        grid.addColumn(r -> I18n.text("product.group." + r.product().group().name())).setHeader(I18n.text("console.products.group")).setAutoWidth(true);
        grid.addColumn(r -> Vnd.format(r.product().priceVnd())).setHeader(I18n.text("console.products.price")).setAutoWidth(true)
                .setSortProperty("price");
        grid.addColumn(r -> r.product().stock()).setHeader(I18n.text("console.products.stock")).setAutoWidth(true)
                .setSortProperty("stock");
        grid.addColumn(r -> r.listed() ? I18n.text("console.products.listed") : I18n.text("console.products.notListed"))
                .setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        grid.setItems(query -> products.page(query.getOffset(), query.getLimit(), GridSorts.of(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, products.count()));
        grid.setId("product-admin-grid");
        add(new H2(I18n.text("console.products.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.products.pageTitle");
    }
}

package vn.ocop.market.product.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.admin.ui.AdminLayout;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every product with its listing state, so officers see what shoppers can and cannot buy. */
@Prototype
@Route(value = "admin/products", layout = AdminLayout.class)
@PageTitle("Sản phẩm – Quản trị OCOP")
public class ProductsAdminView extends VerticalLayout {

    public ProductsAdminView(Products products, Producers producers, Catalog catalog) {
        setSizeFull();
        Map<Long, Producer> byId = producers.all().stream().collect(Collectors.toMap(Producer::id, Function.identity()));
        Set<Long> listed = catalog.listedAfter(0, Integer.MAX_VALUE).stream().map(p -> p.id()).collect(Collectors.toSet());
        boolean en = I18n.english();
        Grid<Product> grid = new Grid<>();
        grid.addColumn(Product::code).setHeader(I18n.t("Mã", "Code")).setAutoWidth(true);
        grid.addColumn(Product::name).setHeader(I18n.t("Tên sản phẩm", "Name")).setFlexGrow(2);
        grid.addColumn(p -> byId.get(p.producerId()).name()).setHeader(I18n.t("Chủ thể", "Producer")).setFlexGrow(2);
        grid.addColumn(p -> p.group().label(en)).setHeader(I18n.t("Nhóm", "Group")).setAutoWidth(true);
        grid.addColumn(p -> Vnd.format(p.priceVnd())).setHeader(I18n.t("Giá", "Price")).setAutoWidth(true);
        grid.addColumn(Product::stock).setHeader(I18n.t("Tồn kho", "Stock")).setAutoWidth(true);
        grid.addColumn(p -> listed.contains(p.id()) ? I18n.t("Đang bán", "On sale") : I18n.t("Không được bán", "Not listed"))
                .setHeader(I18n.t("Trạng thái", "State")).setAutoWidth(true);
        grid.setItems(products.all());
        grid.setId("product-admin-grid");
        add(new H2(I18n.t("Sản phẩm", "Products")), grid);
    }
}

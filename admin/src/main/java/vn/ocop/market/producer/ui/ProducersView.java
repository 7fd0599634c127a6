package vn.ocop.market.producer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.admin.ui.AdminLayout;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.ui.I18n;

/** The registered OCOP producers. */
@Prototype
@Route(value = "admin/producers", layout = AdminLayout.class)
@PageTitle("Chủ thể OCOP – Quản trị OCOP")
public class ProducersView extends VerticalLayout {

    public ProducersView(Producers producers) {
        setSizeFull();
        boolean en = I18n.english();
        Grid<Producer> grid = new Grid<>();
        grid.addColumn(Producer::name).setHeader(I18n.t("Tên chủ thể", "Name")).setFlexGrow(2);
        grid.addColumn(p -> p.type().label(en)).setHeader(I18n.t("Loại hình", "Type")).setAutoWidth(true);
        grid.addColumn(Producer::province).setHeader(I18n.t("Tỉnh/thành", "Province")).setAutoWidth(true);
        grid.addColumn(p -> p.formerProvince() == null ? "" : p.formerProvince())
                .setHeader(I18n.t("Tỉnh cũ", "Former province")).setAutoWidth(true);
        grid.addColumn(p -> p.commune() == null ? "" : p.commune()).setHeader(I18n.t("Xã/phường", "Commune")).setAutoWidth(true);
        grid.setItems(producers.all());
        grid.setId("producer-grid");
        add(new H2(I18n.t("Chủ thể OCOP", "Producers")), grid);
    }
}

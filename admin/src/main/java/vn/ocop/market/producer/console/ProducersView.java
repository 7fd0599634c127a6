package vn.ocop.market.producer.console;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.GridSorts;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerPages;
import vn.ocop.market.ui.I18n;

/** The registered OCOP producers, read one page at a time from the database. */
@Prototype
@Route(value = "admin/producers", layout = AdminLayout.class)
public class ProducersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Producer> grid = new Grid<>();

    public ProducersView(ProducerPages producers) {
        setSizeFull();
        grid.addColumn(Producer::name).setHeader(I18n.text("console.producers.name")).setFlexGrow(2).setSortProperty("name");
        grid.addColumn(p -> I18n.text("producer.type." + p.type().name())).setHeader(I18n.text("console.producers.type")).setAutoWidth(true);
        grid.addColumn(Producer::province).setHeader(I18n.text("console.common.province")).setAutoWidth(true)
                .setSortProperty("province");
        grid.addColumn(p -> p.formerProvince() == null ? "" : p.formerProvince())
                .setHeader(I18n.text("console.producers.formerProvince")).setAutoWidth(true).setSortProperty("formerProvince");
        grid.addColumn(p -> p.commune() == null ? "" : p.commune()).setHeader(I18n.text("console.producers.commune"))
                .setAutoWidth(true).setSortProperty("commune");
        grid.setItems(query -> producers.page(query.getOffset(), query.getLimit(), GridSorts.of(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, producers.count()));
        grid.setId("producer-grid");
        add(new H2(I18n.text("console.producers.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.producers.pageTitle");
    }
}

package vn.ocop.market.fair.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.fair.Showroom;
import vn.ocop.market.fair.ShowroomDraft;
import vn.ocop.market.fair.Showrooms;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.region.AdminProvince;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Officers keep the permanent showrooms and points of sale: address, hours, producers and products carried. */
@Prototype
@Route(value = "admin/showrooms", layout = AdminLayout.class)
public class ShowroomsConsoleView extends VerticalLayout implements HasDynamicTitle {

    /** Producers offered in the picker (a province's showroom carries a few dozen). */
    static final int PRODUCERS = 500;

    final Grid<Showroom> grid = new Grid<>();
    final TextField name = new TextField(I18n.text("console.showrooms.name"));
    final TextField address = new TextField(I18n.text("console.showrooms.address"));
    final ComboBox<AdminProvince> province = new ComboBox<>(I18n.text("console.common.province"));
    final TextField hours = new TextField(I18n.text("console.fairs.form.openingHours"));
    final TextField phone = new TextField(I18n.text("console.showrooms.phone"));
    final TextArea description = new TextArea(I18n.text("console.showrooms.description"));
    final MultiSelectComboBox<Producer> producers = new MultiSelectComboBox<>(I18n.text("console.showrooms.producers"));
    final MultiSelectComboBox<ListedProduct> products = new MultiSelectComboBox<>(I18n.text("console.showrooms.products"));
    final Button create = new Button(I18n.text("console.showrooms.new"));
    final Button save = new Button(I18n.text("console.fairs.save"));
    final Paragraph message = new Paragraph();
    private final Showrooms showrooms;
    private final Catalog catalog;
    private final AdminUnits units;
    private Showroom selected;

    public ShowroomsConsoleView(Showrooms showrooms, Producers producerList, Catalog catalog, AdminUnits units) {
        this.showrooms = showrooms;
        this.catalog = catalog;
        this.units = units;
        setWidthFull();
        grid.setId("showrooms-grid");
        grid.addColumn(Showroom::name).setHeader(I18n.text("console.showrooms.name")).setFlexGrow(2);
        grid.addColumn(s -> showrooms.provinceName(s.provinceCode(), false)).setHeader(I18n.text("console.common.province"));
        grid.addColumn(s -> s.openingHours() == null ? "" : s.openingHours()).setHeader(I18n.text("console.fairs.form.openingHours"));
        grid.setItems(q -> showrooms.page(q.getOffset(), q.getLimit()).stream(), q -> showrooms.count());
        grid.setHeight("12em");
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        name.setId("showroom-form-name");
        address.setId("showroom-form-address");
        province.setId("showroom-form-province");
        province.setItems(units.provinces());
        province.setItemLabelGenerator(AdminProvince::name);
        producers.setId("showroom-form-producers");
        producers.setItems(producerList.page("", 0, PRODUCERS));
        producers.setItemLabelGenerator(p -> p.name() + " – " + p.province());
        producers.addValueChangeListener(e -> offerProducts(e.getValue()));
        products.setId("showroom-form-products");
        products.setItemLabelGenerator(p -> p.name() + " (" + p.stars() + "★)");
        create.setId("showrooms-new");
        create.addClickListener(e -> grid.asSingleSelect().clear());
        save.setId("showrooms-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        message.setId("showrooms-message");
        FormLayout form = new FormLayout(name, address, province, hours, phone, description, producers, products);
        add(new H2(I18n.text("console.showrooms.title")), create, grid, form, save, message);
        select(null);
    }

    private void offerProducts(Set<Producer> chosen) {
        Set<Long> kept = new HashSet<>();
        products.getValue().forEach(p -> kept.add(p.id()));
        List<ListedProduct> offered = chosen.stream().flatMap(p -> catalog.listedOfProducer(p.id()).stream()).toList();
        products.setItems(offered);
        products.setValue(new HashSet<>(offered.stream().filter(p -> kept.contains(p.id())).toList()));
    }

    void select(Showroom s) {
        selected = s;
        name.setValue(s == null ? "" : s.name());
        address.setValue(s == null ? "" : s.address());
        province.setValue(s == null ? null : units.province(s.provinceCode()).orElse(null));
        hours.setValue(s == null || s.openingHours() == null ? "" : s.openingHours());
        phone.setValue(s == null || s.phone() == null ? "" : s.phone());
        description.setValue(s == null || s.description() == null ? "" : s.description());
        List<Long> carried = s == null ? List.of() : showrooms.producerIds(s.id());
        producers.setValue(new HashSet<>(producers.getListDataView().getItems()
                .filter(p -> carried.contains(p.id())).toList()));
        List<Long> carriedProducts = s == null ? List.of() : showrooms.productIds(s.id());
        products.setValue(new HashSet<>(products.getListDataView().getItems()
                .filter(p -> carriedProducts.contains(p.id())).toList()));
    }

    void save() {
        ShowroomDraft draft = new ShowroomDraft(name.getValue(), null, address.getValue(),
                province.getValue() == null ? null : province.getValue().code(), null, hours.getValue(), phone.getValue(),
                description.getValue(), producers.getValue().stream().map(Producer::id).toList(),
                products.getValue().stream().map(ListedProduct::id).toList());
        try {
            Showroom saved = selected == null ? showrooms.create(CurrentUser.get().orElseThrow(), draft)
                    : showrooms.edit(CurrentUser.get().orElseThrow(), selected.id(), selected.version(), draft);
            message.setText(I18n.text("console.fairs.saved"));
            grid.getDataProvider().refreshAll();
            select(showrooms.byId(saved.id()).orElse(null));
        } catch (InvalidInputException e) {
            message.setText(I18n.messages(e));
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.showrooms.title");
    }
}

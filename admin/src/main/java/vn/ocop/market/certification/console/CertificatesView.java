package vn.ocop.market.certification.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.CertificateQuery;
import vn.ocop.market.certification.CertificateRegistry;
import vn.ocop.market.certification.CertificateRow;
import vn.ocop.market.certification.CertificateState;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.product.ProductPages;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/** The officer's certificate registry: filter, open one (history, listing state), record, revoke. */
@Prototype
@Route(value = "admin/certificates", layout = AdminLayout.class)
public class CertificatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Certifications certifications;
    private final CertificateRegistry registry;
    private final ProductPages products;
    private final CertificateDetails details;
    private final java.time.Clock clock;
    private final Provinces provinces;

    final TextField text = new TextField();
    final ComboBox<Province> province = new ComboBox<>();
    final Select<Integer> stars = new Select<>();
    final Select<CouncilLevel> level = new Select<>();
    final Select<CertificateState> state = new Select<>();
    final Select<Integer> expiring = new Select<>();
    final Grid<CertificateRow> grid = new Grid<>();
    final Span count = new Span();
    final Button add = new Button(I18n.text("console.certificates.add"));
    private CertificateQuery lastQuery;

    public CertificatesView(Certifications certifications, CertificateRegistry registry, ProductPages products,
                            Provinces provinces, CertificateDetails details, java.time.Clock clock) {
        this.clock = clock;
        this.provinces = provinces;
        this.certifications = certifications;
        this.registry = registry;
        this.products = products;
        this.details = details;
        setSizeFull();

        text.setPlaceholder(I18n.text("console.certificates.filterText"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("filter-text");
        province.setPlaceholder(I18n.text("console.common.province"));
        province.setItems(provinces.all());
        province.setItemLabelGenerator(Province::name);
        province.setClearButtonVisible(true);
        stars.setEmptySelectionAllowed(true);
        stars.setEmptySelectionCaption(I18n.text("console.certificates.anyRank"));
        stars.setItems(3, 4, 5, 2, 1);
        stars.setItemLabelGenerator(s -> s == null ? I18n.text("console.certificates.anyRank") : s + " ★");
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(I18n.text("console.certificates.anyLevel"));
        level.setItems(CouncilLevel.values());
        level.setItemLabelGenerator(l -> l == null ? I18n.text("console.certificates.anyLevel") : I18n.text("certificate.level." + l.name()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(I18n.text("console.common.anyState"));
        state.setItems(CertificateState.values());
        state.setItemLabelGenerator(s -> s == null ? I18n.text("console.common.anyState") : I18n.text("certificate.state." + s.name()));
        state.setId("filter-state");
        expiring.setEmptySelectionAllowed(true);
        expiring.setEmptySelectionCaption(I18n.text("console.certificates.anyExpiry"));
        expiring.setItems(30, 60, 90);
        expiring.setItemLabelGenerator(d -> d == null ? I18n.text("console.certificates.anyExpiry")
                : I18n.text("console.certificates.expiringWithin", d));
        expiring.setId("filter-expiring");
        text.addValueChangeListener(e -> applyFilters());
        province.addValueChangeListener(e -> applyFilters());
        stars.addValueChangeListener(e -> applyFilters());
        level.addValueChangeListener(e -> applyFilters());
        state.addValueChangeListener(e -> applyFilters());
        expiring.addValueChangeListener(e -> applyFilters());

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-certificate");
        add.addClickListener(e -> openForm());
        Button importCsv = new Button(I18n.text("console.certificates.import"),
                e -> getUI().ifPresent(ui -> ui.navigate(CertificateImportView.class)));

        grid.addColumn(r -> r.certificate().certificateNumber()).setHeader(I18n.text("console.common.certificateNumber"))
                .setAutoWidth(true);
        grid.addColumn(CertificateRow::productName).setHeader(I18n.text("console.common.product")).setFlexGrow(2);
        grid.addColumn(CertificateRow::producerName).setHeader(I18n.text("console.common.producer")).setFlexGrow(2);
        grid.addColumn(CertificateRow::province).setHeader(I18n.text("console.common.province")).setAutoWidth(true);
        grid.addColumn(r -> r.certificate().stars() + " ★").setHeader(I18n.text("console.certificates.stars")).setAutoWidth(true);
        grid.addColumn(r -> I18n.text("certificate.level." + r.certificate().councilLevel().name())).setHeader(I18n.text("console.certificates.level"))
                .setAutoWidth(true);
        grid.addColumn(r -> I18n.lastValidDay(r.certificate().validUntil()))
                .setHeader(I18n.text("console.common.validThrough")).setAutoWidth(true);
        grid.addComponentColumn(r -> stateBadge(r.state())).setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        // A row opens the product's certificate history, listing state and audit trail.
        grid.addItemClickListener(e -> {
            // A click on a row from before the latest filter change carries no item; it is ignored.
            if (e.getItem() != null) {
                details.open(e.getItem().certificate().productId(), this::refresh);
            }
        });
        grid.setId("certificate-grid");
        count.setId("certificate-count");

        HorizontalLayout filters = new HorizontalLayout(text, province, stars, level, state, expiring);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(add, importCsv, count);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(I18n.text("console.certificates.title")), actions, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The programme dashboard links here with its filters; an unknown value is simply not applied.
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("province").flatMap(provinces::find).ifPresent(province::setValue);
        parameters.getSingleParameter("stars").filter(v -> v.matches("[1-5]")).map(Integer::valueOf).ifPresent(stars::setValue);
        parameters.getSingleParameter("level").flatMap(v -> java.util.Arrays.stream(CouncilLevel.values())
                .filter(l -> l.name().equals(v)).findFirst()).ifPresent(level::setValue);
        parameters.getSingleParameter("state").flatMap(v -> java.util.Arrays.stream(CertificateState.values())
                .filter(x -> x.name().equals(v)).findFirst()).ifPresent(state::setValue);
        event.getLocation().getQueryParameters().getSingleParameter("expiring").ifPresent(days -> {
            try {
                expiring.setValue(Integer.valueOf(days));
            } catch (NumberFormatException | IllegalStateException ignored) {
                // An unknown window is simply not applied.
            }
        });
        refresh();
    }

    /** Re-reads after a change made here (a new or revoked certificate). */
    void refresh() {
        lastQuery = null;
        applyFilters();
    }

    /** Re-reads only when the filters changed, so repeated events do not rebuild the grid under the pointer. */
    private void applyFilters() {
        CertificateQuery query = new CertificateQuery(text.getValue(),
                province.getValue() == null ? null : province.getValue().name(), stars.getValue(), level.getValue(),
                state.getValue(), expiring.getValue(), 1000);
        if (query.equals(lastQuery)) {
            return;
        }
        lastQuery = query;
        // One page at a time from the database; the count is every match, not a capped list.
        long total = registry.count(query);
        grid.setItems(q -> registry.page(query, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, registry.count(query)));
        count.setText(I18n.text("console.certificates.count", total));
    }

    static Span stateBadge(CertificateState state) {
        Span badge = new Span(I18n.text("certificate.state." + state.name()));
        badge.getElement().getThemeList().add("badge");
        switch (state) {
            case VALID -> badge.getElement().getThemeList().add("success");
            case EXPIRING -> badge.getElement().getThemeList().add("warning");
            case REVOKED, EXPIRED -> badge.getElement().getThemeList().add("error");
            default -> badge.getElement().getThemeList().add("contrast");
        }
        badge.addClassName("state-" + state.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    void openForm() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(I18n.text("console.certificates.recordTitle"));
        CertificateForm form = new CertificateForm(products, clock);
        form.addSaveListener(e -> {
            try {
                Certifications.Recorded recorded = certifications.recordOnce(e.command(), actor());
                Certificate saved = recorded.certificate();
                dialog.close();
                refresh();
                if (recorded.alreadyRecorded()) {
                    Notification.show(I18n.text("console.certificates.alreadyRecorded", saved.certificateNumber()), 5000,
                            Notification.Position.TOP_CENTER);
                    return;
                }
                Notification.show(I18n.text("console.certificates.saved", saved.certificateNumber()), 4000,
                        Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                form.showErrors(ex.errors());
            }
        });
        form.addCancelListener(e -> dialog.close());
        dialog.add(form);
        dialog.setWidth("44rem");
        dialog.open();
    }

    static String actor() {
        return CurrentUser.get().map(SignedInUser::email).orElse("unknown");
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.certificates.pageTitle");
    }
}

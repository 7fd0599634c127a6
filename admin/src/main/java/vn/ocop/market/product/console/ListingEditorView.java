package vn.ocop.market.product.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.product.Draft;
import vn.ocop.market.product.ListingEdit;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductChange;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Reevaluations;
import vn.ocop.market.product.SaleStatus;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.List;
import java.util.Map;

/**
 * The seller centre's product editor ({@code /admin/listings/new} for a new draft): the product's
 * values, its sale status and what to do about it, its pending changes, variants and photos. Every
 * product is opened through {@link Listings#product}, which refuses (and audits) another
 * producer's product.
 */
@Prototype
@Route(value = "admin/listings/:productId", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class ListingEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Listings listings;
    private final SaleStatus saleStatus;
    private final Reevaluations reevaluations;

    final H2 title = new H2();
    final Span status = new Span();
    final Button reevaluate = new Button();
    final Span reevaluationSent = new Span();
    final Button submit = new Button();
    final TextField name = new TextField();
    final ComboBox<ProductGroup> group = new ComboBox<>();
    final TextArea description = new TextArea();
    final TextField unit = new TextField();
    final IntegerField weight = new IntegerField();
    final TextField origin = new TextField();
    final TextField gtin = new TextField();
    final IntegerField price = new IntegerField();
    final IntegerField stock = new IntegerField();
    final Span formError = new Span();
    final Button save = new Button();
    final Grid<ProductChange> changes = new Grid<>();
    final VariantsPanel variants;
    final PhotosPanel photos;
    private final Map<String, HasValidation> fields;
    private final VerticalLayout details = new VerticalLayout();

    private SignedInUser user;
    private Product product;
    private java.util.Locale locale = I18n.VIETNAMESE;

    public ListingEditorView(Listings listings, SaleStatus saleStatus, Reevaluations reevaluations,
                             ProductImages images) {
        this.listings = listings;
        this.saleStatus = saleStatus;
        this.reevaluations = reevaluations;
        this.variants = new VariantsPanel(listings, this::refreshChanges);
        this.photos = new PhotosPanel(images, listings, this::refreshChanges);
        setWidthFull();
        status.setId("listing-status");
        reevaluate.setText(I18n.text("console.listings.reevaluate"));
        reevaluate.setId("listing-reevaluate");
        reevaluate.addClickListener(e -> requestReevaluation());
        reevaluationSent.setId("listing-reevaluation-sent");
        submit.setText(I18n.text("console.listings.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("listing-submit");
        submit.addClickListener(e -> submitForApproval());

        name.setLabel(I18n.text("console.listings.name"));
        name.setId("listing-name");
        group.setLabel(I18n.text("console.listings.group"));
        group.setItems(ProductGroup.values());
        group.setItemLabelGenerator(g -> I18n.text("product.group." + g.name()));
        group.setId("listing-group");
        description.setLabel(I18n.text("console.listings.description"));
        description.setHelperText(I18n.text("console.listings.descriptionHelp"));
        description.setId("listing-description");
        unit.setLabel(I18n.text("console.listings.unit"));
        unit.setId("listing-unit");
        weight.setLabel(I18n.text("console.listings.weight"));
        weight.setId("listing-weight");
        origin.setLabel(I18n.text("console.listings.origin"));
        origin.setId("listing-origin");
        gtin.setLabel(I18n.text("console.listings.gtin"));
        gtin.setHelperText(I18n.text("console.listings.gtinHelp"));
        gtin.setId("listing-gtin");
        price.setLabel(I18n.text("console.listings.price"));
        price.setId("listing-price");
        stock.setLabel(I18n.text("console.listings.stock"));
        stock.setId("listing-stock");
        formError.setId("listing-form-error");
        formError.addClassName("field-error");
        save.setText(I18n.text("console.listings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("listing-save");
        save.addClickListener(e -> save());
        fields = Map.of("name", name, "group", group, "description", description, "unit", unit,
                "weightGrams", weight, "rawMaterialOrigin", origin, "gtin", gtin, "priceVnd", price, "stock", stock);
        FormLayout form = new FormLayout(name, group, description, unit, weight, origin, gtin, price, stock);
        form.setColspan(description, 2);

        changes.addColumn(c -> ChangeTexts.kind(c.kind())).setHeader(I18n.text("console.listings.change")).setAutoWidth(true);
        changes.addColumn(ChangeTexts::summary).setHeader(I18n.text("console.listings.change.values")).setFlexGrow(2);
        changes.addColumn(c -> I18n.day(c.requestedAt().atZone(vn.ocop.market.shared.ClockFactory.VIETNAM).toLocalDate()))
                .setHeader(I18n.text("console.listings.change.requestedAt")).setAutoWidth(true);
        changes.addColumn(c -> c.state().text().text(I18n.locale())).setHeader(I18n.text("console.common.state"))
                .setAutoWidth(true);
        changes.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader(I18n.text("console.listings.change.reason"))
                .setFlexGrow(2);
        changes.setAllRowsVisible(true);
        changes.setId("listing-changes");

        details.setPadding(false);
        details.add(new H3(I18n.text("console.listings.changes")), changes, variants, photos);
        add(title, new HorizontalLayout(status, reevaluate, reevaluationSent), submit, form, formError, save, details);
    }

    /** The editor's path for a product, or for a new one when {@code productId} is null. */
    static String path(Long productId) {
        return "admin/listings/" + (productId == null ? "new" : productId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = CurrentUser.get().filter(u -> u.hasRole(Role.PRODUCER, Role.OFFICER)).orElse(null);
        if (user == null) {
            return;
        }
        locale = I18n.locale();
        String id = event.getRouteParameters().get("productId").orElse("");
        if (id.equals("new")) {
            product = null;
            showNew();
            return;
        }
        long productId;
        try {
            productId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, I18n.text("console.listings.notFound"));
            return;
        }
        try {
            // Refuses, and audits, a product of another producer.
            product = listings.product(user, productId);
        } catch (vn.ocop.market.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, I18n.text("console.listings.notFound"));
            return;
        } catch (InvalidInputException e) {
            event.rerouteToError(AccessDeniedException.class, I18n.messages(e));
            return;
        }
        showProduct();
    }

    private void showNew() {
        title.setText(I18n.text("console.listings.newTitle"));
        status.setText(I18n.text("console.listings.newHelp"));
        reevaluate.setVisible(false);
        reevaluationSent.setVisible(false);
        submit.setVisible(false);
        details.setVisible(false);
        group.setValue(ProductGroup.FOOD);
        boolean producer = user.role() == Role.PRODUCER;
        save.setEnabled(producer);
        if (!producer) {
            formError.setText(I18n.text("product.draft.producersOnly"));
        }
    }

    private void showProduct() {
        title.setText(product.code() + " · " + product.name());
        name.setValue(product.name());
        group.setValue(product.group());
        description.setValue(product.description() == null ? "" : product.description());
        unit.setValue(product.unit() == null ? "" : product.unit());
        weight.setValue(product.weightGrams());
        origin.setValue(product.rawMaterialOrigin() == null ? "" : product.rawMaterialOrigin());
        price.setValue((int) product.priceVnd());
        stock.setValue(product.stock());
        // A published product's new group waits for an officer; the unit, weight and origin apply at once.
        gtin.setVisible(false);
        details.setVisible(true);
        save.setEnabled(true);
        refreshStatus();
        refreshChanges();
        variants.show(user, product.id());
        photos.show(user, product);
    }

    private void refreshStatus() {
        SaleStatus.Reason reason = saleStatus.of(product.id());
        status.setText(reason.text().text(I18n.locale()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(reason.onSale() ? "badge success" : "badge contrast");
        boolean expiring = reason.kind() == SaleStatus.Kind.EXPIRING || reason.kind() == SaleStatus.Kind.EXPIRED;
        boolean open = expiring && reevaluations.openFor(user, product.id()).isPresent();
        reevaluate.setVisible(expiring && !open && user.role() == Role.PRODUCER);
        reevaluationSent.setVisible(open);
        reevaluationSent.setText(open ? I18n.text("console.listings.reevaluationSent") : "");
        submit.setVisible(reason.kind() == SaleStatus.Kind.DRAFT && user.role() == Role.PRODUCER);
    }

    private void refreshChanges() {
        if (product != null) {
            changes.setItems(listings.changes(user, product.id()));
        }
    }

    private void requestReevaluation() {
        try {
            reevaluations.request(user, product.id());
            notify(I18n.text("console.listings.reevaluationSent"));
        } catch (InvalidInputException e) {
            Notification.show(I18n.messages(e), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refreshStatus();
    }

    private void submitForApproval() {
        try {
            listings.submit(user, product.id());
            notify(I18n.text("console.listings.submitted"));
        } catch (InvalidInputException e) {
            formError.setText(I18n.messages(e));
        }
        refreshStatus();
        refreshChanges();
    }

    private void save() {
        clearErrors();
        try {
            if (product == null) {
                Product created = listings.createDraft(user, new Draft(name.getValue(), group.getValue(),
                        description.getValue(), unit.getValue(), weight.getValue(), origin.getValue(), gtin.getValue(),
                        price.getValue() == null ? null : price.getValue().longValue(), stock.getValue()));
                notify(I18n.text("console.listings.created"));
                getUI().ifPresent(ui -> ui.navigate(path(created.id())));
                return;
            }
            Listings.Edited edited = listings.edit(user, product.id(), new ListingEdit(name.getValue(),
                    description.getValue(), price.getValue() == null ? null : price.getValue().longValue(),
                    stock.getValue(), group.getValue(), unit.getValue(), weight.getValue(), origin.getValue()));
            product = edited.product();
            notify(I18n.text(edited.pending() == null ? "console.listings.saved" : "console.listings.savedPending"));
            showProduct();
        } catch (InvalidInputException e) {
            showErrors(e.errors());
        }
    }

    private void showErrors(List<FieldError> errors) {
        StringBuilder other = new StringBuilder();
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(I18n.message(error));
                field.setInvalid(true);
            } else {
                other.append(I18n.message(error)).append(' ');
            }
        }
        formError.setText(other.toString().trim());
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
        formError.setText("");
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return product == null ? I18n.text("console.listings.newTitle") : product.name();
    }

}

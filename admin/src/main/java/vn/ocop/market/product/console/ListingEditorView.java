package vn.ocop.market.product.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.product.Draft;
import vn.ocop.market.product.ListingEdit;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductChange;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Reevaluations;
import vn.ocop.market.product.SaleStatus;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
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

    /** Photos are checked again by the server; this only stops larger ones in the browser. */
    static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

    private final Listings listings;
    private final SaleStatus saleStatus;
    private final Reevaluations reevaluations;
    private final ProductImages images;

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
    final Grid<Variant> variants = new Grid<>();
    final Button addVariant = new Button();
    final Upload upload;
    final Span photoError = new Span();
    final HorizontalLayout photos = new HorizontalLayout();
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
        this.images = images;
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

        changes.addColumn(c -> I18n.text(c.kind() == ProductChange.Kind.PUBLISH ? "console.listings.change.publish"
                : "console.listings.change.edit")).setHeader(I18n.text("console.listings.change")).setAutoWidth(true);
        changes.addColumn(c -> summary(c)).setHeader(I18n.text("console.listings.change.values")).setFlexGrow(2);
        changes.addColumn(c -> I18n.day(c.requestedAt().atZone(vn.ocop.market.shared.ClockFactory.VIETNAM).toLocalDate()))
                .setHeader(I18n.text("console.listings.change.requestedAt")).setAutoWidth(true);
        changes.addColumn(c -> c.state().text().text(I18n.locale())).setHeader(I18n.text("console.common.state"))
                .setAutoWidth(true);
        changes.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader(I18n.text("console.listings.change.reason"))
                .setFlexGrow(2);
        changes.setAllRowsVisible(true);
        changes.setId("listing-changes");

        variants.addColumn(Variant::label).setHeader(I18n.text("console.listings.variant.label")).setFlexGrow(2);
        variants.addColumn(Variant::sku).setHeader(I18n.text("console.listings.variant.sku")).setAutoWidth(true);
        variants.addColumn(v -> v.gtin() == null ? "" : v.gtin()).setHeader(I18n.text("console.listings.gtin"))
                .setAutoWidth(true);
        variants.addColumn(v -> Vnd.format(v.priceVnd())).setHeader(I18n.text("console.listings.price")).setAutoWidth(true);
        variants.addColumn(Variant::stock).setHeader(I18n.text("console.listings.stock")).setAutoWidth(true);
        variants.addColumn(Variant::weightGrams).setHeader(I18n.text("console.listings.weight")).setAutoWidth(true);
        variants.addColumn(v -> I18n.text(v.active() ? "console.listings.variant.active" : "console.listings.variant.inactive"))
                .setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        variants.addComponentColumn(this::variantActions).setAutoWidth(true).setFlexGrow(0);
        variants.setAllRowsVisible(true);
        variants.setId("listing-variants");
        addVariant.setText(I18n.text("console.listings.variant.add"));
        addVariant.setId("variant-add");
        addVariant.addClickListener(e -> new VariantDialog(listings, user, product.id(), null, this::refreshVariants).open());

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> addPhoto(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(MAX_PHOTO_BYTES);
        PhotoUploadTexts.apply(upload);
        upload.setId("photo-upload");
        upload.addFileRejectedListener(e -> photoError.setText(e.getErrorMessage()));
        photoError.setId("photo-error");
        photoError.addClassName("field-error");
        photos.setId("listing-photos");
        photos.setWrap(true);

        details.setPadding(false);
        details.add(new H3(I18n.text("console.listings.changes")), changes,
                new H3(I18n.text("console.listings.variants")), addVariant, variants,
                new H3(I18n.text("console.listings.photos")), upload, photoError, photos);
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
        // Only the values shoppers see and the stock change after the product was created.
        group.setReadOnly(true);
        unit.setReadOnly(true);
        weight.setReadOnly(true);
        origin.setReadOnly(true);
        gtin.setVisible(false);
        details.setVisible(true);
        boolean producer = user.role() == Role.PRODUCER;
        boolean officer = user.role() == Role.OFFICER;
        save.setEnabled(true);
        addVariant.setVisible(true);
        upload.setVisible(producer || officer);
        refreshStatus();
        refreshChanges();
        refreshVariants();
        refreshPhotos();
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
        changes.setItems(listings.changes(user, product.id()));
    }

    private void refreshVariants() {
        variants.setItems(listings.variants(user, product.id()));
    }

    private void refreshPhotos() {
        photos.removeAll();
        List<ProductImage> all = images.of(product.id());
        for (int i = 0; i < all.size(); i++) {
            photos.add(photoCard(all, i));
        }
    }

    private VerticalLayout photoCard(List<ProductImage> all, int index) {
        ProductImage photo = all.get(index);
        long id = photo.id();
        VerticalLayout card = new VerticalLayout(ListingsView.thumbnail(photo, product.name()));
        card.setPadding(false);
        card.setSpacing(false);
        card.setWidth("auto");
        card.addClassName("listing-photo");
        card.setId("photo-" + id);
        if (photo.cover()) {
            Span cover = new Span(I18n.text("console.listings.photo.isCover"));
            cover.getElement().getThemeList().add("badge success");
            cover.setId("photo-cover-badge-" + id);
            card.add(cover);
        }
        Button up = new Button(I18n.text("console.listings.photo.up"), e -> move(all, index, -1));
        up.setId("photo-up-" + id);
        up.setEnabled(index > 0);
        Button down = new Button(I18n.text("console.listings.photo.down"), e -> move(all, index, 1));
        down.setId("photo-down-" + id);
        down.setEnabled(index < all.size() - 1);
        Button cover = new Button(I18n.text("console.listings.photo.setCover"), e -> photoAction(() -> images.setCover(user, id)));
        cover.setId("photo-set-cover-" + id);
        cover.setEnabled(!photo.cover());
        Button delete = new Button(I18n.text("console.listings.photo.delete"), e -> photoAction(() -> images.delete(user, id)));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("photo-delete-" + id);
        for (Button b : List.of(up, down, cover, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        card.add(new HorizontalLayout(up, down), new HorizontalLayout(cover, delete));
        return card;
    }

    private void move(List<ProductImage> all, int index, int by) {
        List<Long> order = new ArrayList<>(all.stream().map(ProductImage::id).toList());
        int other = index + by;
        if (other < 0 || other >= order.size()) {
            return;
        }
        Long moved = order.get(index);
        order.set(index, order.get(other));
        order.set(other, moved);
        photoAction(() -> images.reorder(user, product.id(), order));
    }

    private void photoAction(Runnable action) {
        photoError.setText("");
        try {
            action.run();
        } catch (InvalidInputException e) {
            photoError.setText(I18n.messages(e));
        }
        refreshPhotos();
    }

    /** Called by the upload's handler with the whole file; the photo is checked and stored by the domain. */
    private void addPhoto(String fileName, byte[] bytes) {
        UI ui = getUI().orElse(UI.getCurrent());
        SignedInUser by = user;
        Product to = product;
        String error = null;
        try {
            images.add(by, to.id(), fileName == null ? "" : fileName, bytes);
        } catch (InvalidInputException e) {
            error = e.errors().stream().map(err -> err.text(locale)).reduce((a, b) -> a + " " + b).orElse("");
        }
        String shown = error;
        ui.access(() -> {
            photoError.setText(shown == null ? "" : shown);
            refreshPhotos();
        });
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
                    stock.getValue()));
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

    private HorizontalLayout variantActions(Variant variant) {
        Button edit = new Button(I18n.text("console.listings.variant.edit"),
                e -> new VariantDialog(listings, user, product.id(), variant, this::refreshVariants).open());
        edit.setId("variant-edit-" + variant.id());
        Button toggle = new Button(I18n.text(variant.active() ? "console.listings.variant.deactivate"
                : "console.listings.variant.activate"), e -> {
            try {
                listings.setVariantActive(user, variant.id(), !variant.active());
            } catch (InvalidInputException ex) {
                formError.setText(I18n.messages(ex));
            }
            refreshVariants();
        });
        toggle.setId("variant-toggle-" + variant.id());
        for (Button b : List.of(edit, toggle)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, toggle);
    }

    private static String summary(ProductChange change) {
        List<String> parts = new ArrayList<>();
        if (change.name() != null) {
            parts.add(I18n.text("console.listings.change.name", change.name()));
        }
        if (change.priceVnd() != null) {
            parts.add(I18n.text("console.listings.change.price", Vnd.format(change.priceVnd())));
        }
        if (change.description() != null) {
            parts.add(I18n.text("console.listings.change.description"));
        }
        return String.join("; ", parts);
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return product == null ? I18n.text("console.listings.newTitle") : product.name();
    }

}

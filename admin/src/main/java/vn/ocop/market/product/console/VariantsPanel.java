package vn.ocop.market.product.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.List;

/** The editor's variants: the grid, adding one, editing one in {@link VariantDialog}, (de)activating. */
class VariantsPanel extends VerticalLayout {

    private final Listings listings;
    final Grid<Variant> variants = new Grid<>();
    final Button addVariant = new Button();
    final Span error = new Span();
    private final Runnable changed;
    private SignedInUser user;
    private long productId;

    VariantsPanel(Listings listings, Runnable changed) {
        this.listings = listings;
        this.changed = changed;
        setPadding(false);
        variants.addColumn(Variant::label).setHeader(I18n.text("console.listings.variant.label")).setFlexGrow(2);
        variants.addColumn(Variant::sku).setHeader(I18n.text("console.listings.variant.sku")).setAutoWidth(true);
        variants.addColumn(v -> v.gtin() == null ? "" : v.gtin()).setHeader(I18n.text("console.listings.gtin"))
                .setAutoWidth(true);
        variants.addColumn(v -> Vnd.format(v.priceVnd())).setHeader(I18n.text("console.listings.price")).setAutoWidth(true);
        variants.addColumn(Variant::stock).setHeader(I18n.text("console.listings.stock")).setAutoWidth(true);
        variants.addColumn(Variant::weightGrams).setHeader(I18n.text("console.listings.weight")).setAutoWidth(true);
        variants.addColumn(v -> I18n.text(v.active() ? "console.listings.variant.active" : "console.listings.variant.inactive"))
                .setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        variants.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        variants.setAllRowsVisible(true);
        variants.setId("listing-variants");
        addVariant.setText(I18n.text("console.listings.variant.add"));
        addVariant.setId("variant-add");
        addVariant.addClickListener(e -> new VariantDialog(listings, user, productId, null, this::refresh).open());
        error.addClassName("field-error");
        error.setId("variant-panel-error");
        add(new H3(I18n.text("console.listings.variants")), addVariant, error, variants);
    }

    void show(SignedInUser by, long product) {
        this.user = by;
        this.productId = product;
        refresh();
    }

    private void refresh() {
        variants.setItems(listings.variants(user, productId));
        changed.run();
    }

    private HorizontalLayout actions(Variant variant) {
        Button edit = new Button(I18n.text("console.listings.variant.edit"),
                e -> new VariantDialog(listings, user, productId, variant, this::refresh).open());
        edit.setId("variant-edit-" + variant.id());
        Button toggle = new Button(I18n.text(variant.active() ? "console.listings.variant.deactivate"
                : "console.listings.variant.activate"), e -> {
            error.setText("");
            try {
                listings.setVariantActive(user, variant.id(), !variant.active());
            } catch (InvalidInputException ex) {
                error.setText(I18n.messages(ex));
            }
            refresh();
        });
        toggle.setId("variant-toggle-" + variant.id());
        for (Button b : List.of(edit, toggle)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, toggle);
    }
}

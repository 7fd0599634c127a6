package vn.ocop.market.product.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.NewVariant;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import java.util.Map;

/** Adds a variant to a product, or changes one; the domain checks every value. */
class VariantDialog extends Dialog {

    final TextField label = new TextField(I18n.text("console.listings.variant.label"));
    final TextField sku = new TextField(I18n.text("console.listings.variant.sku"));
    final TextField gtin = new TextField(I18n.text("console.listings.gtin"));
    final IntegerField price = new IntegerField(I18n.text("console.listings.price"));
    final IntegerField stock = new IntegerField(I18n.text("console.listings.stock"));
    final IntegerField weight = new IntegerField(I18n.text("console.listings.weight"));
    final Span formError = new Span();
    private final Map<String, HasValidation> fields = Map.of("label", label, "sku", sku, "gtin", gtin,
            "priceVnd", price, "stock", stock, "weightGrams", weight);

    VariantDialog(Listings listings, SignedInUser user, long productId, Variant variant, Runnable saved) {
        setHeaderTitle(I18n.text(variant == null ? "console.listings.variant.add" : "console.listings.variant.edit"));
        label.setId("variant-label");
        sku.setId("variant-sku");
        gtin.setId("variant-gtin");
        price.setId("variant-price");
        stock.setId("variant-stock");
        weight.setId("variant-weight");
        formError.addClassName("field-error");
        formError.setId("variant-error");
        if (variant != null) {
            label.setValue(variant.label());
            sku.setValue(variant.sku());
            gtin.setValue(variant.gtin() == null ? "" : variant.gtin());
            price.setValue((int) variant.priceVnd());
            stock.setValue(variant.stock());
            weight.setValue(variant.weightGrams());
        }
        Button save = new Button(I18n.text("console.listings.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            formError.setText("");
            NewVariant values = new NewVariant(label.getValue(), sku.getValue(), gtin.getValue(),
                    price.getValue() == null ? null : price.getValue().longValue(), stock.getValue(), weight.getValue(),
                    null);
            try {
                boolean pending = false;
                if (variant == null) {
                    listings.addVariant(user, productId, values);
                } else {
                    pending = listings.editVariant(user, variant.id(), values).pending() != null;
                }
                close();
                com.vaadin.flow.component.notification.Notification.show(I18n.text(pending
                                ? "console.listings.variant.savedPending" : "console.listings.saved"), 4000,
                        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                saved.run();
            } catch (InvalidInputException ex) {
                showErrors(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("variant-save");
        Button cancel = new Button(I18n.text("console.listings.cancel"), e -> close());
        add(new FormLayout(label, sku, gtin, price, stock, weight), formError);
        getFooter().add(cancel, save);
    }

    private void showErrors(InvalidInputException refused) {
        StringBuilder other = new StringBuilder();
        for (FieldError error : refused.errors()) {
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
}

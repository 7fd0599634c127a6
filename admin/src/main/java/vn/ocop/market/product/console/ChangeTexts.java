package vn.ocop.market.product.console;

import vn.ocop.market.product.ProductChange;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
import java.util.List;

/** How the editor and the moderation queue name a change and sum up its values. */
final class ChangeTexts {

    private ChangeTexts() {
    }

    static String kind(ProductChange.Kind kind) {
        return I18n.text(switch (kind) {
            case PUBLISH -> "console.listings.change.publish";
            case EDIT -> "console.listings.change.edit";
            case VARIANT -> "console.listings.change.variant";
            case PHOTOS -> "console.listings.change.photos";
        });
    }

    static String summary(ProductChange change) {
        List<String> parts = new ArrayList<>();
        if (change.name() != null) {
            parts.add(I18n.text("console.listings.change.name", change.name()));
        }
        if (change.productGroup() != null) {
            parts.add(I18n.text("console.listings.change.group", I18n.text("product.group." + change.productGroup().name())));
        }
        if (change.priceVnd() != null) {
            parts.add(I18n.text("console.listings.change.price", Vnd.format(change.priceVnd())));
        }
        if (change.description() != null) {
            parts.add(I18n.text("console.listings.change.description"));
        }
        if (change.kind() == ProductChange.Kind.PHOTOS) {
            parts.add(I18n.text("console.listings.change.photoCount", change.photoIds().size()));
        }
        return String.join("; ", parts);
    }
}

package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.SafeHtml;
import vn.ocop.market.shared.TextLimits;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The edit of a product's own values for {@link Listings#edit}, which has checked the owner: what
 * applies at once, what waits for an officer, all audited.
 */
@Singleton
class ListingEdits {

    private final ProductRepository repository;
    private final ProductChangeRepository changes;
    private final Stock stock;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    ListingEdits(ProductRepository repository, ProductChangeRepository changes, Stock stock, Outbox outbox,
                 AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.changes = changes;
        this.stock = stock;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Listings.Edited edit(SignedInUser user, long productId, ListingEdit edit) {
        ListingRow row = repository.lockListing(productId).orElseThrow();
        Product product = repository.findById(productId).orElseThrow();
        check(edit, edit.group() == null ? product.group() : edit.group());
        if (edit.stock() != null && edit.stock() != row.stock()) {
            stock.set(productId, edit.stock());
            audit.record(user.email(), "STOCK_SET", null, productId, row.stock() + " -> " + edit.stock());
        }
        applyDetails(user, product, edit);
        String name = edit.name() == null ? null : edit.name().trim();
        String newName = name != null && !name.equals(row.name()) ? name : null;
        String description = edit.description() == null ? null : SafeHtml.clean(edit.description());
        String newDescription = description != null && !Objects.equals(description, row.description()) ? description : null;
        Long price = edit.priceVnd() != null && edit.priceVnd() != row.priceVnd() ? edit.priceVnd() : null;
        ProductGroup group = edit.group() != null && edit.group() != product.group() ? edit.group() : null;
        boolean bigRise = price != null && Listings.riseNeedsReview(row.priceVnd(), price);

        ProductChange pending = null;
        if (!row.published()) {
            if ((newName != null || newDescription != null || price != null || group != null)
                    && changes.countPending(productId, ProductChange.Kind.PUBLISH.name()) > 0) {
                throw InvalidInputException.of("productId", "product.change.awaitingApproval");
            }
            apply(user, productId, newName, newDescription, price, group, "DRAFT_EDITED");
        } else {
            apply(user, productId, null, null, bigRise ? null : price, null, "PRICE_SET");
            if (newName != null || newDescription != null || bigRise || group != null) {
                pending = changes.save(new ProductChange(null, productId, ProductChange.Kind.EDIT, newName,
                        newDescription, bigRise ? price : null, user.email(), clock.instant(),
                        ProductChange.State.PENDING, null, null, null, null, group, null));
                audit.record(user.email(), "CHANGE_REQUESTED", null, productId, "change " + pending.id());
            }
        }
        return new Listings.Edited(repository.findById(productId).orElseThrow(), pending);
    }

    private static void check(ListingEdit edit, ProductGroup group) {
        List<FieldError> errors = new ArrayList<>();
        String name = edit.name() == null ? null : edit.name().trim();
        if (name != null) {
            if (name.isEmpty()) {
                errors.add(FieldError.of("name", "product.name.required"));
            } else {
                TextLimits.check(errors, "name", name, 200, Localized.key("product.limit.name"));
            }
        }
        TextLimits.check(errors, "description", edit.description(), TextLimits.RICH_TEXT,
                Localized.key("product.limit.description"));
        Listings.checkPrice(errors, edit.priceVnd());
        if (edit.stock() != null && edit.stock() < 0) {
            errors.add(FieldError.of("stock", "product.stock.negative"));
        }
        if (edit.weightGrams() != null && edit.weightGrams() < 0) {
            errors.add(FieldError.of("weightGrams", "product.weight.negative"));
        } else if (edit.weightGrams() != null && edit.weightGrams() == 0 && group != ProductGroup.TOURISM) {
            errors.add(FieldError.of("weightGrams", "product.weight.required"));
        }
        TextLimits.check(errors, "unit", edit.unit(), 60, Localized.key("product.limit.unit"));
        TextLimits.check(errors, "rawMaterialOrigin", edit.rawMaterialOrigin(), TextLimits.RICH_TEXT,
                Localized.key("product.limit.rawMaterialOrigin"));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The unit, weight and raw-material origin apply at once, published or not. */
    private void applyDetails(SignedInUser user, Product product, ListingEdit edit) {
        String unit = edit.unit() == null ? product.unit() : blankToNull(edit.unit());
        int weight = edit.weightGrams() == null ? product.weightGrams() : edit.weightGrams();
        String origin = edit.rawMaterialOrigin() == null ? product.rawMaterialOrigin() : blankToNull(edit.rawMaterialOrigin());
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(unit, product.unit())) {
            changed.add("unit " + product.unit() + " -> " + unit);
        }
        if (weight != product.weightGrams()) {
            changed.add("weight " + product.weightGrams() + " -> " + weight);
        }
        if (!Objects.equals(origin, product.rawMaterialOrigin())) {
            changed.add("origin");
        }
        if (changed.isEmpty()) {
            return;
        }
        repository.applyDetails(product.id(), unit, weight, origin);
        outbox.append("product", product.id(), "ProductChanged");
        audit.record(user.email(), "DETAILS_SET", null, product.id(), String.join(", ", changed));
    }

    private void apply(SignedInUser user, long productId, @Nullable String name, @Nullable String description,
                       @Nullable Long price, @Nullable ProductGroup group, String action) {
        if (name == null && description == null && price == null && group == null) {
            return;
        }
        repository.applyValues(productId, name, description, price, group == null ? null : group.name());
        outbox.append("product", productId, "ProductChanged");
        audit.record(user.email(), action, null, productId,
                (name == null ? "" : "name ") + (description == null ? "" : "description ")
                        + (group == null ? "" : "group " + group + " ") + (price == null ? "" : "price " + price));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

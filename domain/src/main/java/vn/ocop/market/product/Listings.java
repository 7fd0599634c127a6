package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Localized;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.shared.TextLimits;
import vn.ocop.market.shared.Vnd;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A producer's own listings: drafts, their publication, edits and variants. A producer user acts
 * only on its own producer's products (the producer comes from the signed-in user); officers on
 * any. What shoppers would see of a published product waits for an officer ({@link Moderation}).
 */
@Singleton
public class Listings {

    /** A price may rise this much (in percent) at once; a larger rise waits for an officer. */
    public static final int PRICE_RISE_PERCENT_WITHOUT_REVIEW = 20;

    /** The outcome of an edit: the product as it is now and the change left waiting, if any. */
    public record Edited(Product product, @Nullable ProductChange pending) {
    }

    /** The outcome of a variant's edit: the variant as it is now and its price rise left waiting, if any. */
    public record VariantEdited(Variant variant, @Nullable ProductChange pending) {
    }

    private final ProductRepository repository;
    private final VariantRepository variants;
    private final ProductChangeRepository changes;
    private final Products products;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Refusals refusals;
    private final Producers producers;
    private final Clock clock;
    private final ListingEdits edits;

    Listings(ProductRepository repository, VariantRepository variants, ProductChangeRepository changes,
             Products products, Outbox outbox, AuditTrail audit, Refusals refusals, Clock clock,
             Producers producers, ListingEdits edits) {
        this.edits = edits;
        this.repository = repository;
        this.variants = variants;
        this.changes = changes;
        this.products = products;
        this.outbox = outbox;
        this.audit = audit;
        this.refusals = refusals;
        this.producers = producers;
        this.clock = clock;
    }

    /** Adds a draft product for the signed-in producer; shoppers see it once an officer approves it and it is certified. */
    @Transactional
    public Product createDraft(SignedInUser user, Draft draft) {
        if (user.role() != Role.PRODUCER || user.producerId() == null) {
            throw InvalidInputException.of("producerId", "product.draft.producersOnly");
        }
        producers.requireApproved(user.producerId());
        NewProduct command = new NewProduct(user.producerId(), null, draft.name(), null, draft.group(), draft.unit(),
                draft.weightGrams(), draft.priceVnd(), draft.stock(), draft.description(), null,
                draft.rawMaterialOrigin());
        List<FieldError> errors = new ArrayList<>(products.problems(command));
        String gtin = blankToNull(draft.gtin());
        if (gtin != null && !Gtin.valid(gtin)) {
            errors.add(FieldError.of("gtin", "product.gtin.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Product saved = products.add(command);
        repository.markDraft(saved.id(), gtin);
        audit.record(user.email(), "PRODUCT_DRAFTED", null, saved.id(), saved.code() + " " + saved.name());
        return saved;
    }

    /** Asks an officer to approve a draft's first publication. */
    @Transactional
    public ProductChange submit(SignedInUser user, long productId) {
        owned(user, productId, "submit");
        ListingRow row = repository.lockListing(productId).orElseThrow();
        if (row.published()) {
            throw InvalidInputException.of("productId", "product.publish.already");
        }
        if (changes.countPending(productId, ProductChange.Kind.PUBLISH.name()) > 0) {
            throw InvalidInputException.of("productId", "product.publish.pending");
        }
        ProductChange saved = changes.save(new ProductChange(null, productId, ProductChange.Kind.PUBLISH, null, null,
                null, user.email(), clock.instant(), ProductChange.State.PENDING, null, null, null));
        audit.record(user.email(), "PUBLICATION_REQUESTED", null, productId, "change " + saved.id());
        return saved;
    }

    /**
     * Edits a product. Stock, lower prices, rises up to {@link #PRICE_RISE_PERCENT_WITHOUT_REVIEW} %,
     * the unit, the weight and the raw-material origin apply at once; on a published product a new
     * name, description or group and a larger rise become one pending change. A draft takes every
     * value at once, unless its publication is waiting for approval.
     */
    @Transactional
    public Edited edit(SignedInUser user, long productId, ListingEdit edit) {
        owned(user, productId, "edit");
        return edits.edit(user, productId, edit);
    }

    /** The product's changes, newest first, with their state and an officer's reason. */
    @Transactional(readOnly = true)
    public List<ProductChange> changes(SignedInUser user, long productId) {
        owned(user, productId, "read changes");
        return changes.forProduct(productId);
    }

    /** Adds a variant; nothing is written when any field is wrong. */
    @Transactional
    public Variant addVariant(SignedInUser user, long productId, NewVariant command) {
        ListingRow row = owned(user, productId, "add variant");
        String label = command.label() == null ? "" : command.label().trim();
        String sku = command.sku() == null ? "" : command.sku().trim();
        String gtin = blankToNull(command.gtin());
        checkVariant(command, label, sku, gtin, variants.existsByProducerIdAndSku(row.producerId(), sku));
        Product product = repository.findById(productId).orElseThrow();
        Variant saved = variants.save(new Variant(null, productId, row.producerId(), label, sku, gtin,
                command.priceVnd(), command.stock() == null ? 0 : command.stock(),
                command.weightGrams() == null ? product.weightGrams() : command.weightGrams(),
                command.position() == null ? 0 : command.position(), true, clock.instant(), null));
        outbox.append("product", productId, "VariantAdded");
        audit.record(user.email(), "VARIANT_ADDED", null, productId, sku + " " + label);
        return saved;
    }

    /**
     * Changes a variant's label, SKU, GTIN, price, stock and weight (a null weight or position stays
     * as it is) with the checks of {@link #addVariant}; nothing is written when any field is wrong.
     * On a published product a price rise over {@link #PRICE_RISE_PERCENT_WITHOUT_REVIEW} % waits
     * for an officer (the variant keeps its price meanwhile); cuts and stock apply at once.
     */
    @Transactional
    public VariantEdited editVariant(SignedInUser user, long variantId, NewVariant command) {
        Variant current = variants.findById(variantId)
                .orElseThrow(() -> new NotFoundException("No variant " + variantId));
        ListingRow row = owned(user, current.productId(), "edit variant");
        String label = command.label() == null ? "" : command.label().trim();
        String sku = command.sku() == null ? "" : command.sku().trim();
        String gtin = blankToNull(command.gtin());
        checkVariant(command, label, sku, gtin, variants.countSkuElsewhere(row.producerId(), sku, variantId) > 0);
        boolean bigRise = row.published() && riseNeedsReview(current.priceVnd(), command.priceVnd());
        long price = bigRise ? current.priceVnd() : command.priceVnd();
        Variant saved = variants.update(new Variant(current.id(), current.productId(), current.producerId(), label, sku,
                gtin, price, command.stock() == null ? current.stock() : command.stock(),
                command.weightGrams() == null ? current.weightGrams() : command.weightGrams(),
                command.position() == null ? current.position() : command.position(), current.active(),
                current.createdAt(), current.version()));
        outbox.append("product", current.productId(), "VariantChanged");
        audit.record(user.email(), "VARIANT_EDITED", null, current.productId(), sku + " " + label
                + (current.priceVnd() != saved.priceVnd() ? " price " + current.priceVnd() + " -> " + saved.priceVnd() : "")
                + (current.stock() != saved.stock() ? " stock " + current.stock() + " -> " + saved.stock() : ""));
        ProductChange pending = null;
        if (bigRise) {
            pending = changes.save(new ProductChange(null, current.productId(), ProductChange.Kind.VARIANT, null, null,
                    command.priceVnd(), user.email(), clock.instant(), ProductChange.State.PENDING, null, null, null,
                    variantId, null, null));
            audit.record(user.email(), "CHANGE_REQUESTED", null, current.productId(), "change " + pending.id()
                    + " variant " + sku + " price " + current.priceVnd() + " -> " + command.priceVnd());
        }
        return new VariantEdited(saved, pending);
    }

    /** Offers a variant for sale again, or stops offering it. */
    @Transactional
    public Variant setVariantActive(SignedInUser user, long variantId, boolean active) {
        Variant current = variants.findById(variantId)
                .orElseThrow(() -> new NotFoundException("No variant " + variantId));
        owned(user, current.productId(), active ? "activate variant" : "deactivate variant");
        if (current.active() != active) {
            variants.setActive(variantId, active);
            outbox.append("product", current.productId(), "VariantChanged");
            audit.record(user.email(), active ? "VARIANT_ACTIVATED" : "VARIANT_DEACTIVATED", null,
                    current.productId(), current.sku() + " " + current.label());
        }
        return variants.findById(variantId).orElseThrow();
    }

    private static void checkVariant(NewVariant command, String label, String sku, @Nullable String gtin,
                                     boolean skuTaken) {
        List<FieldError> errors = new ArrayList<>();
        if (label.isEmpty()) {
            errors.add(FieldError.of("label", "product.variant.label.required"));
        } else {
            TextLimits.check(errors, "label", label, 100, Localized.key("product.limit.variantLabel"));
        }
        if (sku.isEmpty()) {
            errors.add(FieldError.of("sku", "product.variant.sku.required"));
        } else if (TextLimits.length(sku) > 40) {
            TextLimits.check(errors, "sku", sku, 40, Localized.key("product.limit.sku"));
        } else if (skuTaken) {
            errors.add(FieldError.of("sku", "product.variant.sku.taken"));
        }
        if (gtin != null && !Gtin.valid(gtin)) {
            errors.add(FieldError.of("gtin", "product.gtin.invalid"));
        }
        if (command.priceVnd() == null) {
            errors.add(FieldError.of("priceVnd", "product.price.notPositive"));
        } else {
            checkPrice(errors, command.priceVnd());
        }
        if (command.stock() != null && command.stock() < 0) {
            errors.add(FieldError.of("stock", "product.stock.negative"));
        }
        if (command.weightGrams() != null && command.weightGrams() < 0) {
            errors.add(FieldError.of("weightGrams", "product.weight.negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The product, if the user may act on it (see {@link #owned}). */
    @Transactional(readOnly = true)
    public Product product(SignedInUser user, long productId) {
        owned(user, productId, "open");
        return repository.findById(productId).orElseThrow();
    }

    /**
     * One page of a producer's own products, the newest first: a producer user's own producer's
     * (the argument is ignored), an officer's choice of producer; refused for anyone else.
     */
    @Transactional(readOnly = true)
    public List<OwnListing> ownPage(SignedInUser user, @Nullable Long producerId, int offset, int limit) {
        Long producer = scope(user, producerId);
        return producer == null ? List.of()
                : repository.ownPage(producer, Math.max(0, Math.min(limit, 500)), Math.max(0, offset));
    }

    /** How many products {@link #ownPage} pages through. */
    @Transactional(readOnly = true)
    public long ownCount(SignedInUser user, @Nullable Long producerId) {
        Long producer = scope(user, producerId);
        return producer == null ? 0 : repository.countOwn(producer);
    }

    private @Nullable Long scope(SignedInUser user, @Nullable Long producerId) {
        if (user.role() == Role.PRODUCER && user.producerId() != null) {
            return user.producerId();
        }
        if (user.role() == Role.OFFICER) {
            return producerId;
        }
        refusals.record(user, "list products", null);
        throw InvalidInputException.of("productId", "product.owner.refused");
    }

    /** The product's variants in their order. */
    @Transactional(readOnly = true)
    public List<Variant> variants(SignedInUser user, long productId) {
        owned(user, productId, "read variants");
        return variants.forProduct(productId);
    }

    /** True when going from the old price to the new one is a rise an officer must see. */
    static boolean riseNeedsReview(long oldPrice, long newPrice) {
        return Math.multiplyExact(newPrice, 100L) > Math.multiplyExact(oldPrice, 100L + PRICE_RISE_PERCENT_WITHOUT_REVIEW);
    }

    /**
     * The product, if the user may act on it: officers on any, a producer user on its own
     * producer's; anything else is refused and the refusal audited.
     */
    ListingRow owned(SignedInUser user, long productId, String attempted) {
        ListingRow row = repository.listing(productId)
                .orElseThrow(() -> new NotFoundException("No product " + productId));
        boolean mayAct = user.role() == Role.OFFICER
                || (user.role() == Role.PRODUCER && user.producerId() != null && user.producerId() == row.producerId());
        if (!mayAct) {
            refusals.record(user, attempted, productId);
            throw InvalidInputException.of("productId", "product.owner.refused");
        }
        return row;
    }

    static void checkPrice(List<FieldError> errors, @Nullable Long price) {
        if (price == null) {
            return;
        }
        if (price <= 0) {
            errors.add(FieldError.of("priceVnd", "product.price.notPositive"));
        } else if (price > Vnd.MAX_PRICE) {
            errors.add(FieldError.of("priceVnd", "product.price.tooHigh", Vnd.format(Vnd.MAX_PRICE)));
        }
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package vn.ocop.market.live;

import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a live event's draft, each problem a field error: a title, a start in the future, a
 * length of 5 min to 12 h, an allowed external URL, at most 100 items, each a product of the producer
 * on sale now (an active variant of it), a live price below the normal price, a cap within the stock.
 */
final class LiveRules {

    static final int MAX_ITEMS = 100;
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 720;

    private LiveRules() {
    }

    /**
     * @param onSale   the producer's products on sale now, by id
     * @param variants the active variants of those products, by variant id
     * @param checkStart whether the start must be in the future (a new event, or a changed start)
     */
    static List<FieldError> problems(LiveDraft d, Map<Long, ListedProduct> onSale, Map<Long, Variant> variants,
                                     Instant now, boolean checkStart) {
        List<FieldError> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.add(FieldError.of("title", "live.title.required"));
        } else if (d.title().strip().length() > TITLE_MAX) {
            errors.add(FieldError.of("title", "live.title.tooLong", TITLE_MAX));
        }
        if (d.description() != null && d.description().length() > DESCRIPTION_MAX) {
            errors.add(FieldError.of("description", "live.description.tooLong", DESCRIPTION_MAX));
        }
        if (d.startsAt() == null) {
            errors.add(FieldError.of("startsAt", "live.startsAt.required"));
        } else if (checkStart && !d.startsAt().isAfter(now)) {
            errors.add(FieldError.of("startsAt", "live.startsAt.past"));
        }
        if (d.expectedMinutes() < MIN_MINUTES || d.expectedMinutes() > MAX_MINUTES) {
            errors.add(FieldError.of("expectedMinutes", "live.expectedMinutes.range", MIN_MINUTES, MAX_MINUTES));
        }
        if (d.mode() == null) {
            errors.add(FieldError.of("mode", "live.mode.required"));
        } else if (d.mode() == LiveMode.EXTERNAL) {
            if (d.externalUrl() == null || d.externalUrl().isBlank()) {
                errors.add(FieldError.of("externalUrl", "live.externalUrl.required"));
            } else if (ExternalLives.allowed(d.externalUrl()).isEmpty()) {
                errors.add(FieldError.of("externalUrl", "live.externalUrl.notAllowed"));
            }
        }
        if (d.cover() != null && d.cover().length() > 200) {
            errors.add(FieldError.of("cover", "live.cover.invalid"));
        }
        if (d.items().size() > MAX_ITEMS) {
            errors.add(FieldError.of("items", "live.items.tooMany", MAX_ITEMS));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.items().size(); i++) {
            item(d.items().get(i), "items[" + i + "].", onSale, variants, seen, errors);
        }
        return errors;
    }

    private static void item(LiveDraft.Item item, String at, Map<Long, ListedProduct> onSale,
                             Map<Long, Variant> variants, Set<String> seen, List<FieldError> errors) {
        ListedProduct product = onSale.get(item.productId());
        if (product == null) {
            errors.add(FieldError.of(at + "productId", "live.item.notOnSale"));
            return;
        }
        long normalPrice = product.priceVnd();
        int stock = product.stock();
        if (item.variantId() != null) {
            Variant v = variants.get(item.variantId());
            if (v == null || v.productId() != item.productId()) {
                errors.add(FieldError.of(at + "variantId", "live.item.variantUnknown"));
                return;
            }
            normalPrice = v.priceVnd();
            stock = v.stock();
        }
        if (!seen.add(item.productId() + "/" + item.variantId())) {
            errors.add(FieldError.of(at + "productId", "live.item.duplicate", product.name()));
        }
        if (item.livePriceVnd() != null) {
            if (item.livePriceVnd() <= 0) {
                errors.add(FieldError.of(at + "livePriceVnd", "live.item.livePrice.positive"));
            } else if (item.livePriceVnd() >= normalPrice) {
                errors.add(FieldError.of(at + "livePriceVnd", "live.item.livePrice.notBelow", product.name(),
                        vn.ocop.market.shared.Vnd.format(normalPrice)));
            }
        }
        if (item.liveStockCap() != null) {
            if (item.liveStockCap() < 0) {
                errors.add(FieldError.of(at + "liveStockCap", "live.item.cap.negative"));
            } else if (item.liveStockCap() > stock) {
                errors.add(FieldError.of(at + "liveStockCap", "live.item.cap.aboveStock", product.name(), stock));
            }
        }
        if (item.perBuyerLimit() != null && item.perBuyerLimit() <= 0) {
            errors.add(FieldError.of(at + "perBuyerLimit", "live.item.limit.positive"));
        }
    }
}

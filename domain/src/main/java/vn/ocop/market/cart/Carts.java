package vn.ocop.market.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.InvalidInputException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Shopping carts, identified by an unguessable token (a cookie for guests). A line whose product
 * lost its certificate or stock stays in the cart, flagged, and blocks checkout until removed.
 */
@Singleton
public class Carts {

    /** A cart as the shopper sees it. */
    public record CartView(String token, List<CartLine> lines) {

        public boolean checkoutAllowed() {
            return !lines.isEmpty() && lines.stream().noneMatch(CartLine::blocked);
        }

        public long totalVnd() {
            return vn.ocop.market.shared.Vnd.saturatedSum(lines.stream().filter(l -> !l.blocked()).mapToLong(CartLine::subtotalVnd));
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_QUANTITY = 999;

    private final CartRepository repository;
    private final Catalog catalog;
    private final Optional<CartOffers> offers;
    private final Clock clock;

    Carts(CartRepository repository, Catalog catalog, Optional<CartOffers> offers, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.offers = offers;
        this.clock = clock;
    }

    /** A fresh cart token. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Adds a listed product sold without variants (or more of it). */
    @Transactional
    public CartView add(String token, long productId, int quantity) {
        return add(token, productId, null, quantity);
    }

    /**
     * Adds a listed product (or more of it): one of its variants when it is sold by variant, else the
     * product itself. Refuses products not on sale, a missing or unknown variant and quantities beyond
     * the stock of what is bought.
     */
    @Transactional
    public CartView add(String token, long productId, @Nullable Long variantId, int quantity) {
        long cartId = checkedCart(token, productId, variantId, quantity);
        repository.addLine(cartId, productId, variantId, quantity, clock.instant());
        return view(token);
    }

    /**
     * Adds a listed product (or more of it) offered by a live event's item: the line carries the
     * item, whose live price applies while the offer lasts. The same checks as {@link #add}.
     */
    @Transactional
    public CartView addOffered(String token, long productId, @Nullable Long variantId, int quantity, long liveItemId) {
        long cartId = checkedCart(token, productId, variantId, quantity);
        repository.addLiveLine(cartId, productId, variantId, quantity, clock.instant(), liveItemId);
        return view(token);
    }

    private long checkedCart(String token, long productId, @Nullable Long variantId, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw InvalidInputException.of("quantity", "cart.quantity.outOfRange");
        }
        ListedProduct product = catalog.listed(productId).orElseThrow(
                () -> InvalidInputException.of("productId", "cart.product.notOnSale"));
        List<Variant> variants = catalog.variants(productId);
        int stock;
        if (variants.isEmpty()) {
            if (variantId != null) {
                throw InvalidInputException.of("variantId", "cart.variant.unknown");
            }
            stock = product.stock();
        } else {
            if (variantId == null) {
                throw InvalidInputException.of("variantId", "cart.variant.required");
            }
            stock = variants.stream().filter(v -> variantId.equals(v.id())).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("variantId", "cart.variant.unknown")).stock();
        }
        long cartId = cartId(token);
        int already = repository.quantityOf(cartId, productId, variantId);
        if (already + quantity > stock) {
            throw InvalidInputException.of("quantity", "cart.quantity.overStock", stock);
        }
        return cartId;
    }

    @Transactional
    public CartView remove(String token, long productId) {
        return remove(token, productId, null);
    }

    /** Removes the line of a product (of one of its variants, when given). */
    @Transactional
    public CartView remove(String token, long productId, @Nullable Long variantId) {
        repository.removeLine(token, productId, variantId);
        return view(token);
    }

    /** Sets a line's quantity (0 removes it); refuses more than the stock left. */
    @Transactional
    public CartView setQuantity(String token, long productId, int quantity) {
        return setQuantity(token, productId, null, quantity);
    }

    /** Sets the quantity of a product's line (of one of its variants, when given); 0 removes it. */
    @Transactional
    public CartView setQuantity(String token, long productId, @Nullable Long variantId, int quantity) {
        if (quantity == 0) {
            return remove(token, productId, variantId);
        }
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw InvalidInputException.of("quantity", "cart.quantity.outOfRange");
        }
        int stock = repository.stockOf(productId, variantId).orElse(0);
        if (quantity > stock) {
            throw InvalidInputException.of("quantity", "cart.quantity.overStock", stock);
        }
        repository.setQuantity(token, productId, variantId, quantity);
        return view(token);
    }

    /** Empties a cart (after its checkout was placed), in the caller's transaction. */
    @Transactional
    public void clear(String token) {
        repository.clear(token);
    }

    /**
     * At sign-in: answers the token of the shopper's own cart, moving the guest cart's lines into it
     * (quantities added, capped at the stock left). A shopper without a cart adopts the guest cart.
     */
    @Transactional
    public String signIn(String guestToken, long userId) {
        String own = repository.tokenOfUser(userId).orElse(null);
        if (own == null) {
            cartId(guestToken);
            repository.adopt(guestToken, userId);
            return guestToken;
        }
        if (own.equals(guestToken)) {
            return own;
        }
        long ownId = cartId(own);
        repository.merge(ownId, guestToken);
        clear(guestToken);
        return own;
    }

    /** The cart with every line checked against the listing rule and stock now. */
    @Transactional(readOnly = true)
    public CartView view(String token) {
        Instant now = clock.instant();
        List<CartRepository.LineRow> rows = repository.lines(token);
        List<Long> offerIds = rows.stream().map(CartRepository.LineRow::liveItemId).filter(Objects::nonNull).toList();
        Map<Long, CartOffers.Offer> offered = offerIds.isEmpty() || offers.isEmpty() ? Map.of()
                : offers.get().offers(offerIds, now);
        List<CartLine> lines = rows.stream().map(l -> {
            boolean listable = l.certificateId() != null
                    && Listing.isListable(l.stars(), l.revoked(), l.validUntil(), now);
            CartLine.Problem problem = !listable ? CartLine.Problem.NOT_CERTIFIED
                    : l.stock() == 0 ? CartLine.Problem.OUT_OF_STOCK
                    : l.quantity() > l.stock() ? CartLine.Problem.NOT_ENOUGH_STOCK : null;
            CartOffers.Offer offer = l.liveItemId() == null ? null : offered.get(l.liveItemId());
            boolean lower = offer != null && offer.priceVnd() != null && offer.priceVnd() < l.priceVnd();
            return new CartLine(l.productId(), l.productName(), l.slug(), l.producerId(), l.producerName(),
                    l.quantity(), lower ? offer.priceVnd() : l.priceVnd(), problem, l.province(), l.weightGrams(),
                    l.variantId(), l.variantLabel(), l.liveItemId(), lower ? l.priceVnd() : null,
                    !lower && offer != null && offer.ended());
        }).toList();
        return new CartView(token, lines);
    }

    private long cartId(String token) {
        if (token == null || token.length() < 16 || token.length() > 64) {
            throw InvalidInputException.of("cart", "cart.token.invalid");
        }
        repository.touch(token, clock.instant());
        return repository.idByToken(token).orElseThrow();
    }
}

package vn.ocop.market.cart.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.shared.InvalidInputException;

import java.util.List;

/**
 * The shopper's cart as JSON, kept by the same cookie as the storefront's cart: what scripts, apps and
 * the cluster benchmark use to buy without the pages. Quantities beyond the stock are refused as the
 * pages refuse them.
 */
@Controller("/api/cart")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CartApi {

    /** A cart line. {@code problem} names why it blocks checkout, if it does. */
    @Serdeable
    public record Line(long productId, @Nullable Long variantId, String name, String producer, int quantity,
                       long unitPriceVnd, long subtotalVnd, @Nullable String problem) {

        static Line of(CartLine line) {
            return new Line(line.productId(), line.variantId(), line.title(), line.producerName(),
                    line.quantity(), line.unitPriceVnd(), line.subtotalVnd(),
                    line.problem() == null ? null : line.problem().name());
        }
    }

    /** The cart: its lines, the total of the lines that can be bought, and whether checkout is open. */
    @Serdeable
    public record CartBody(List<Line> lines, long totalVnd, boolean checkoutAllowed) {

        static CartBody of(Carts.CartView view) {
            return new CartBody(view.lines().stream().map(Line::of).toList(), view.totalVnd(), view.checkoutAllowed());
        }
    }

    /** What to put in the cart. */
    @Serdeable
    public record AddItem(@Nullable Long productId, @Nullable Long variantId, @Nullable Integer quantity) {
    }

    private final Carts carts;

    CartApi(Carts carts) {
        this.carts = carts;
    }

    /** The cart of this browser's cookie; empty without one. */
    @Get
    public CartBody get(HttpRequest<?> request) {
        return CartToken.of(request).map(token -> CartBody.of(carts.view(token)))
                .orElseGet(() -> new CartBody(List.of(), 0, false));
    }

    /** Adds a product (or more of it); the first addition creates the cart and its cookie. */
    @Post("/items")
    public MutableHttpResponse<CartBody> add(HttpRequest<?> request, @Body AddItem item) {
        if (item.productId() == null) {
            throw InvalidInputException.of("productId", "cart.product.notOnSale");
        }
        int quantity = item.quantity() == null ? 1 : item.quantity();
        String token = CartToken.of(request).orElse(null);
        boolean fresh = token == null;
        if (fresh) {
            token = Carts.newToken();
        }
        MutableHttpResponse<CartBody> response = HttpResponse.ok(
                CartBody.of(carts.add(token, item.productId(), item.variantId(), quantity)));
        if (fresh) {
            CartToken.write(request, response, token);
        }
        return response;
    }
}

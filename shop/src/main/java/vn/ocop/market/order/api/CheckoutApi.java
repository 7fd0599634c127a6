package vn.ocop.market.order.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.cart.api.CartToken;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.shared.InvalidInputException;

/**
 * Cash-on-delivery checkout of the cookie's cart, as the storefront's "Đặt hàng" does it. The
 * {@code Idempotency-Key} header is the form's request key: the same key sent again (a retry after a
 * lost answer, on any instance) answers the checkout already placed, never a second one.
 */
@Controller("/api/checkout")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CheckoutApi {

    /** Who receives the parcels and where; province and commune by name (former province names too). */
    @Serdeable
    public record CheckoutRequest(@Nullable String contactName, @Nullable String phone, @Nullable String email,
                                  @Nullable String province, @Nullable String commune, @Nullable String street,
                                  @Nullable String note) {
    }

    /** The checkout placed (201), or the one placed earlier with the same key (200, {@code repeated}). */
    @Serdeable
    public record Placed(long checkoutId, String orderPage, boolean repeated) {
    }

    private final Checkout checkout;

    CheckoutApi(Checkout checkout) {
        this.checkout = checkout;
    }

    @Post
    public HttpResponse<Placed> place(HttpRequest<?> request, @Header("Idempotency-Key") @Nullable String key,
                                      @Body CheckoutRequest body) {
        String cart = CartToken.of(request).orElseThrow(() -> InvalidInputException.of("cart", "order.checkout.cartEmpty"));
        DeliveryAddress address = new DeliveryAddress(body.contactName(), body.phone(), body.email(), null,
                body.province(), null, body.commune(), body.street());
        Checkout.Placed placed = checkout.place(new PlaceOrder(key, cart, null, address, PaymentMethod.COD,
                body.note(), null));
        return HttpResponse.status(placed.alreadyPlaced() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new Placed(placed.checkoutId(), "/don-hang/" + placed.token(), placed.alreadyPlaced()));
    }
}

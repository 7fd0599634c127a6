package vn.ocop.market.payment.stripe;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.ocop.market.payment.PaymentGateway;
import vn.ocop.market.shared.InvalidInputException;

import java.util.List;

/**
 * The domain's card payment port served by Stripe. Present only when the secret key and the
 * webhook secret are configured, so without them checkout offers no card option.
 */
@Singleton
@Requires(property = "ocop.stripe.secret-key", pattern = ".+")
@Requires(property = "ocop.stripe.webhook-secret", pattern = ".+")
public class StripePaymentGateway implements PaymentGateway {

    private final StripeGateway stripe;

    StripePaymentGateway(StripeGateway stripe) {
        this.stripe = stripe;
    }

    @Override
    public PaymentSession open(long checkoutId, long amountVnd, String description, String email) {
        try {
            PaymentIntentRef intent = stripe.createPaymentIntent(checkoutId, amountVnd, description, email);
            return new PaymentSession(intent.id(), intent.clientSecret(), intent.amountVnd());
        } catch (StripePaymentException e) {
            throw new InvalidInputException(List.of(e.asFieldError()));
        }
    }

    @Override
    public String refund(String reference, long amountVnd, String reason, String key) {
        try {
            return stripe.refund(reference, amountVnd, reason, key).id();
        } catch (StripePaymentException e) {
            throw new InvalidInputException(List.of(e.asFieldError()));
        }
    }
}

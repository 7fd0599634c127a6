package vn.ocop.market.payment.stripe;

import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Localized;

import java.util.Locale;

/**
 * A Stripe call that did not go through, with a message code for people (see {@link #asFieldError()}). The Stripe
 * details (code, HTTP status, request id) stay in {@link #getMessage()} and the cause for the logs.
 */
public class StripePaymentException extends RuntimeException {

    /** What went wrong, as far as the caller can act on it. */
    public enum Kind {
        /** Stripe keys are not set: card payment is switched off. */
        NOT_CONFIGURED,
        /** Stripe refused our keys: a configuration error, not the customer's. */
        CONFIGURATION,
        /** The payment or refund named does not exist at Stripe. */
        NOT_FOUND,
        /** The card was declined. */
        DECLINED,
        /** The same checkout was sent again with different details (amount changed after payment began). */
        CONFLICT,
        /** Stripe rejected the request (bad amount, wrong state for a refund…). */
        REJECTED,
        /** Stripe could not be reached or failed; trying again later may work. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final FieldError error;
    private final String stripeCode;

    /** People read the error (on field {@code payment}); the exception's own message is its English wording. */
    public StripePaymentException(Kind kind, FieldError error, String stripeCode, Throwable cause) {
        super(error.text(Locale.ENGLISH) + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.kind = kind;
        this.error = error;
        this.stripeCode = stripeCode;
    }

    static StripePaymentException notConfigured() {
        return new StripePaymentException(Kind.NOT_CONFIGURED, FieldError.of("payment", "payment.stripe.notConfigured"), null, null);
    }

    /** Translates an SDK exception; {@code subject} names what was asked for, e.g. a payment intent id. */
    static StripePaymentException from(StripeException e, String subject) {
        String code = e.getCode();
        return switch (e) {
            case CardException card -> new StripePaymentException(Kind.DECLINED,
                    FieldError.of("payment", "payment.stripe.declined", stripeDetail(card.getMessage())), code, e);
            case IdempotencyException ignored -> new StripePaymentException(Kind.CONFLICT,
                    FieldError.of("payment", "payment.stripe.conflict"), code, e);
            case InvalidRequestException invalid when "resource_missing".equals(code) -> new StripePaymentException(
                    Kind.NOT_FOUND, FieldError.of("payment", "payment.stripe.notFound", subject), code, invalid);
            case InvalidRequestException invalid -> new StripePaymentException(Kind.REJECTED,
                    FieldError.of("payment", "payment.stripe.rejected", stripeDetail(invalid.getMessage())), code, invalid);
            // Also PermissionException, a subclass: a restricted key without the needed rights.
            case AuthenticationException ignored -> configuration(e);
            // Connection failures, rate limits and Stripe's own 5xx errors (after the SDK's retries).
            default -> unavailable(e);
        };
    }

    /** Stripe words its own detail in English only: English readers get it after a colon, others nothing. */
    private static Localized stripeDetail(String message) {
        return Localized.pick("", ": " + message);
    }

    private static StripePaymentException configuration(StripeException e) {
        return new StripePaymentException(Kind.CONFIGURATION,
                FieldError.of("payment", "payment.stripe.configuration"), e.getCode(), e);
    }

    private static StripePaymentException unavailable(StripeException e) {
        return new StripePaymentException(Kind.UNAVAILABLE,
                FieldError.of("payment", "payment.stripe.unavailable"), e.getCode(), e);
    }

    public Kind kind() {
        return kind;
    }

    /** Stripe's error code (e.g. {@code resource_missing}, {@code card_declined}), or null. */
    public String stripeCode() {
        return stripeCode;
    }

    /** Whether the same call may succeed later without any change. */
    public boolean retryable() {
        return kind == Kind.UNAVAILABLE;
    }

    /** The error as a {@link FieldError} on field {@code payment}, for API responses and forms. */
    public FieldError asFieldError() {
        return error;
    }
}

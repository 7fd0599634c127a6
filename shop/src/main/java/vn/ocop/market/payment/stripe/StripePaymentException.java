package vn.ocop.market.payment.stripe;

import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import vn.ocop.market.shared.FieldError;

/**
 * A Stripe call that did not go through, worded for people in Vietnamese and English. The Stripe
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
    private final String messageVi;
    private final String messageEn;
    private final String stripeCode;

    public StripePaymentException(Kind kind, String messageVi, String messageEn, String stripeCode, Throwable cause) {
        super(messageEn + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.kind = kind;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
        this.stripeCode = stripeCode;
    }

    static StripePaymentException notConfigured() {
        return new StripePaymentException(Kind.NOT_CONFIGURED,
                "Thanh toán thẻ qua Stripe chưa được bật.", "Card payment through Stripe is not enabled.", null, null);
    }

    /** Translates an SDK exception; {@code subject} names what was asked for, e.g. a payment intent id. */
    static StripePaymentException from(StripeException e, String subject) {
        String code = e.getCode();
        return switch (e) {
            case CardException card -> new StripePaymentException(Kind.DECLINED,
                    "Thẻ bị từ chối; vui lòng dùng thẻ khác.", "The card was declined: " + card.getMessage(), code, e);
            case IdempotencyException ignored -> new StripePaymentException(Kind.CONFLICT,
                    "Đơn hàng đã thay đổi sau khi bắt đầu thanh toán; vui lòng tạo lại đơn.",
                    "The checkout changed after payment began; please start the checkout again.", code, e);
            case InvalidRequestException invalid when "resource_missing".equals(code) -> new StripePaymentException(
                    Kind.NOT_FOUND, "Không tìm thấy giao dịch thanh toán " + subject + " trên Stripe.",
                    "Stripe has no payment " + subject + ".", code, invalid);
            case InvalidRequestException invalid -> new StripePaymentException(Kind.REJECTED,
                    "Stripe từ chối yêu cầu thanh toán.",
                    "Stripe rejected the payment request: " + invalid.getMessage(), code, invalid);
            // Also PermissionException, a subclass: a restricted key without the needed rights.
            case AuthenticationException ignored -> configuration(e);
            // Connection failures, rate limits and Stripe's own 5xx errors (after the SDK's retries).
            default -> unavailable(e);
        };
    }

    private static StripePaymentException configuration(StripeException e) {
        return new StripePaymentException(Kind.CONFIGURATION,
                "Cấu hình Stripe không hợp lệ (khóa API); vui lòng báo quản trị viên.",
                "Stripe rejected the API key; please tell an administrator.", e.getCode(), e);
    }

    private static StripePaymentException unavailable(StripeException e) {
        return new StripePaymentException(Kind.UNAVAILABLE,
                "Không kết nối được với cổng thanh toán Stripe; vui lòng thử lại sau ít phút.",
                "Could not reach the Stripe payment gateway; please try again in a few minutes.", e.getCode(), e);
    }

    public Kind kind() {
        return kind;
    }

    /** The sentence to show a Vietnamese reader. */
    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
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
        return new FieldError("payment", messageVi, messageEn);
    }
}

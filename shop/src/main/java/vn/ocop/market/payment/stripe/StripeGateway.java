package vn.ocop.market.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import jakarta.inject.Singleton;
import vn.ocop.market.shared.InvalidInputException;

import java.util.Arrays;

/** Takes card payments and refunds in dong through Stripe's payment intents. */
@Singleton
public class StripeGateway {

    /** Stripe's code for the Vietnamese dong, a zero-decimal currency: amounts are whole dong. */
    public static final String CURRENCY = "vnd";
    /** The metadata key under which a payment intent names its checkout. */
    public static final String CHECKOUT_ID = "checkout_id";

    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 30_000;
    // Retries reuse the request's idempotency key, so a retried create never makes a second intent.
    static final int MAX_NETWORK_RETRIES = 2;

    private final StripeSettings settings;
    private final StripeClient client;

    public StripeGateway(StripeSettings settings) {
        this.settings = settings;
        this.client = settings.secretKey() == null ? null : StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setReadTimeout(READ_TIMEOUT_MS)
                .setMaxNetworkRetries(MAX_NETWORK_RETRIES)
                .build();
    }

    /** The idempotency key of a checkout's payment intent: submitting a checkout twice pays once. */
    public static String intentIdempotencyKey(long checkoutId) {
        return "checkout-" + checkoutId + "-intent";
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Creates the payment intent of a checkout, or returns the one already created for it (Stripe
     * keeps idempotency keys for 24 hours: store the intent id and {@link #retrieve} it after that).
     * The same checkout with a different amount is a {@link StripePaymentException.Kind#CONFLICT}.
     */
    public PaymentIntentRef createPaymentIntent(long checkoutId, long amountVnd, String description, String receiptEmail) {
        if (amountVnd < 1) {
            throw InvalidInputException.of("amount", "payment.stripe.amountNotPositive");
        }
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(amountVnd)
                .setCurrency(CURRENCY)
                .putMetadata(CHECKOUT_ID, Long.toString(checkoutId))
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true)
                        .build());
        if (description != null && !description.isBlank()) {
            params.setDescription(description);
        }
        if (receiptEmail != null && !receiptEmail.isBlank()) {
            params.setReceiptEmail(receiptEmail);
        }
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(intentIdempotencyKey(checkoutId)).build();
        try {
            return toRef(client().v1().paymentIntents().create(params.build(), options));
        } catch (StripeException e) {
            throw StripePaymentException.from(e, "checkout " + checkoutId);
        }
    }

    /** The payment intent as Stripe has it now, e.g. to check a status the webhook has not yet brought. */
    public PaymentIntentRef retrieve(String paymentIntentId) {
        requireId(paymentIntentId);
        try {
            return toRef(client().v1().paymentIntents().retrieve(paymentIntentId));
        } catch (StripeException e) {
            throw StripePaymentException.from(e, paymentIntentId);
        }
    }

    /** Cancels a payment intent that was not paid, e.g. when its checkout is abandoned. */
    public PaymentIntentRef cancel(String paymentIntentId) {
        requireId(paymentIntentId);
        try {
            return toRef(client().v1().paymentIntents().cancel(paymentIntentId));
        } catch (StripeException e) {
            throw StripePaymentException.from(e, paymentIntentId);
        }
    }

    /**
     * Refunds {@code amountVnd} of a paid intent. {@code reason} is kept in the refund's metadata and,
     * when it is one of Stripe's reasons ({@code duplicate}, {@code fraudulent},
     * {@code requested_by_customer}), also sent as Stripe's reason. The idempotency key must
     * identify this refund (e.g. {@code "refund-<orderId>-<n>"}) so a retried refund pays back once.
     */
    public RefundRef refund(String paymentIntentId, long amountVnd, String reason, String idempotencyKey) {
        requireId(paymentIntentId);
        if (amountVnd < 1) {
            throw InvalidInputException.of("amount", "payment.stripe.refundNotPositive");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw InvalidInputException.of("idempotencyKey", "payment.stripe.idempotencyKeyMissing");
        }
        RefundCreateParams.Builder params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setAmount(amountVnd);
        if (reason != null && !reason.isBlank()) {
            params.putMetadata("reason", reason);
            Arrays.stream(RefundCreateParams.Reason.values())
                    .filter(r -> r.getValue().equals(reason))
                    .findFirst()
                    .ifPresent(params::setReason);
        }
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        try {
            Refund refund = client().v1().refunds().create(params.build(), options);
            return new RefundRef(refund.getId(), refund.getPaymentIntent(), refund.getAmount(), refund.getStatus());
        } catch (StripeException e) {
            throw StripePaymentException.from(e, paymentIntentId);
        }
    }

    private StripeClient client() {
        if (!settings.enabled()) {
            throw StripePaymentException.notConfigured();
        }
        return client;
    }

    private static void requireId(String paymentIntentId) {
        if (paymentIntentId == null || paymentIntentId.isBlank()) {
            throw InvalidInputException.of("paymentIntentId", "payment.stripe.intentIdMissing");
        }
    }

    private static PaymentIntentRef toRef(PaymentIntent intent) {
        return new PaymentIntentRef(intent.getId(), intent.getClientSecret(), intent.getAmount(), intent.getStatus());
    }
}

package vn.ocop.market.payment.stripe;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks that a webhook request comes from Stripe and reads the event it carries. */
@Singleton
public class StripeWebhooks {

    /** Seconds a signed webhook stays acceptable; older ones are treated as replays. */
    public static final long TOLERANCE_SECONDS = 300;

    // Every item "key=value"; the SDK's own parser fails with runtime exceptions on anything else.
    private static final Pattern HEADER = Pattern.compile("[^,=]+=[^,]*(,[^,=]+=[^,]*)*");
    private static final Pattern TIMESTAMP = Pattern.compile("(^|,)t=\\d{1,18}(,|$)");

    private final StripeSettings settings;
    private final Clock clock;

    public StripeWebhooks(StripeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The event in {@code payload} (the raw request body, byte for byte as received) if
     * {@code signatureHeader} (the {@code Stripe-Signature} header) proves Stripe sent it recently.
     *
     * @throws WebhookSignatureException if the signature is missing, wrong or too old
     * @throws WebhookPayloadException if the signed body is not a readable event
     */
    public StripeWebhookEvent verify(String payload, String signatureHeader) {
        String secret = settings.webhookSecret();
        if (secret == null) {
            throw new WebhookSignatureException("No Stripe webhook secret is configured", null);
        }
        if (signatureHeader == null || !HEADER.matcher(signatureHeader).matches()
                || !TIMESTAMP.matcher(signatureHeader).find()) {
            throw new WebhookSignatureException("Missing or malformed Stripe-Signature header", null);
        }
        if (payload == null) {
            throw new WebhookPayloadException("Empty webhook body", null);
        }
        // Stripe's SDK only refuses timestamps too old; one from the future would stay replayable
        // until that moment plus the tolerance, so it is refused as well.
        long signedAt = signedAt(signatureHeader);
        if (signedAt > clock.instant().getEpochSecond() + TOLERANCE_SECONDS) {
            throw new WebhookSignatureException("Stripe-Signature timestamp is more than "
                    + TOLERANCE_SECONDS / 60 + " minutes in the future", null);
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, secret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new WebhookSignatureException("Stripe signature rejected: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Only reached once the signature matched: the body itself is not JSON or not an event.
            throw new WebhookPayloadException("Unreadable Stripe event: " + e.getMessage(), e);
        }
        if (event.getId() == null || event.getType() == null || event.getData() == null) {
            throw new WebhookPayloadException("Stripe event without id, type or data", null);
        }
        return read(event);
    }

    /** The latest {@code t=} of the header (already known to hold at least one). */
    private static long signedAt(String header) {
        long latest = Long.MIN_VALUE;
        for (String item : header.split(",")) {
            if (item.startsWith("t=")) {
                try {
                    latest = Math.max(latest, Long.parseLong(item.substring(2)));
                } catch (NumberFormatException e) {
                    latest = Long.MAX_VALUE;
                }
            }
        }
        return latest;
    }

    private static StripeWebhookEvent read(Event event) {
        boolean supported = StripeWebhookEvent.SUPPORTED_TYPES.contains(event.getType());
        long created = event.getCreated() == null ? 0 : event.getCreated();
        StripeObject object;
        try {
            object = dataObject(event);
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            if (supported) {
                throw new WebhookPayloadException("Cannot read the object of Stripe event " + event.getId() + ": "
                        + e.getMessage(), e);
            }
            object = null;
        }
        return switch (object) {
            case PaymentIntent pi -> new StripeWebhookEvent(event.getId(), event.getType(), created, pi.getId(),
                    orZero(pi.getAmount()), pi.getCurrency(), checkoutId(pi.getMetadata()), failureMessage(pi));
            case Charge charge -> new StripeWebhookEvent(event.getId(), event.getType(), created, charge.getPaymentIntent(),
                    orZero(StripeWebhookEvent.CHARGE_REFUNDED.equals(event.getType()) ? charge.getAmountRefunded() : charge.getAmount()),
                    charge.getCurrency(), checkoutId(charge.getMetadata()), charge.getFailureMessage());
            case null, default -> {
                if (supported) {
                    throw new WebhookPayloadException("Stripe event " + event.getId() + " of type " + event.getType()
                            + " carries no payment intent or charge", null);
                }
                yield new StripeWebhookEvent(event.getId(), event.getType(), created, null, 0, null, null, null);
            }
        };
    }

    /**
     * The event's object. The SDK maps it safely only when the event's API version is the one it was
     * built for; a webhook endpoint pinned to another version (the account default, typically) would
     * otherwise yield nothing, so the object is then mapped anyway: the few fields read here have been
     * stable across API versions.
     */
    private static StripeObject dataObject(Event event) throws EventDataObjectDeserializationException {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        Optional<StripeObject> safe = event.getApiVersion() == null ? Optional.empty() : data.getObject();
        return safe.isPresent() ? safe.get() : data.deserializeUnsafe();
    }

    private static String failureMessage(PaymentIntent pi) {
        if (pi.getLastPaymentError() != null && pi.getLastPaymentError().getMessage() != null) {
            return pi.getLastPaymentError().getMessage();
        }
        return "canceled".equals(pi.getStatus()) ? pi.getCancellationReason() : null;
    }

    private static String checkoutId(Map<String, String> metadata) {
        return metadata == null ? null : metadata.get(StripeGateway.CHECKOUT_ID);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}

package vn.ocop.market.payment.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.api.ApiError;
import vn.ocop.market.order.Payments;
import vn.ocop.market.payment.stripe.StripeSettings;
import vn.ocop.market.payment.stripe.StripeWebhookEvent;
import vn.ocop.market.payment.stripe.StripeWebhookException;
import vn.ocop.market.payment.stripe.StripeWebhooks;

import java.util.List;

/**
 * Stripe's webhook. Only a correctly signed, fresh event counts (400 otherwise, which Stripe
 * shows in its dashboard); each event id is applied once, in any order. A 5xx (the database was
 * unavailable) makes Stripe deliver the event again later.
 */
@Controller("/api/payments/stripe")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StripeWebhookApi {

    /** What the endpoint did with an event. */
    @Serdeable
    public record Received(String id, String type, String outcome) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookApi.class);

    private final StripeSettings settings;
    private final StripeWebhooks webhooks;
    private final Payments payments;

    StripeWebhookApi(StripeSettings settings, StripeWebhooks webhooks, Payments payments) {
        this.settings = settings;
        this.webhooks = webhooks;
        this.payments = payments;
    }

    @Post(uri = "/webhook", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> receive(@Body String payload, @Nullable @Header("Stripe-Signature") String signature) {
        if (!settings.enabled()) {
            return HttpResponse.notFound(new ApiError(404, "not_found", "Thanh toán thẻ chưa được bật / Card payments are not enabled", List.of()));
        }
        StripeWebhookEvent event;
        try {
            event = webhooks.verify(payload, signature);
        } catch (StripeWebhookException e) {
            LOG.warn("Rejected a Stripe webhook: {}", e.getMessage());
            return HttpResponse.badRequest(new ApiError(400, "invalid_input", e.getMessage(), List.of()));
        }
        if (event.ignorable()) {
            return HttpResponse.ok(new Received(event.id(), event.type(), "IGNORED"));
        }
        try {
            Payments.Outcome outcome = payments.apply(new Payments.CardEvent("stripe", event.id(), event.type(),
                    event.paymentIntentId(), checkoutId(event.checkoutId()), event.amount(), event.currency(),
                    event.failureMessage()));
            return HttpResponse.ok(new Received(event.id(), event.type(), outcome.name()));
        } catch (Payments.AmountMismatch e) {
            LOG.error("Stripe event refused: {}", e.getMessage());
            return HttpResponse.badRequest(new ApiError(400, "invalid_input", e.getMessage(), List.of()));
        }
    }

    private static Long checkoutId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

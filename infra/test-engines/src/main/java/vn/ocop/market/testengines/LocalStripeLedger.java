package vn.ocop.market.testengines;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objects LocalStripe keeps: payment intents and refunds as Stripe returns them, with the
 * state changes a card payment goes through. Not thread-safe; LocalStripe serialises access.
 */
final class LocalStripeLedger {

    /** Stripe's test payment method whose confirmation is declined. */
    static final String DECLINED_PAYMENT_METHOD = "pm_card_chargeDeclined";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern INTENT = Pattern.compile("/v1/payment_intents/([^/]+)");
    private static final Pattern INTENT_ACTION = Pattern.compile("/v1/payment_intents/([^/]+)/(confirm|cancel)");

    record Reply(int status, String body) {
        static Reply ok(Map<String, Object> object) {
            return new Reply(200, StripeWire.json(object));
        }

        static Reply invalid(String code, String message, String param) {
            return new Reply(400, StripeWire.error("invalid_request_error", code, message, param));
        }
    }

    private final Clock clock;
    private final Map<String, Map<String, Object>> paymentIntents = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> refunds = new LinkedHashMap<>();

    LocalStripeLedger(Clock clock) {
        this.clock = clock;
    }

    /** The answer to an authenticated API request, or Stripe's 404 for a URL it does not know. */
    Reply answer(String method, String path, Map<String, String> form) {
        Matcher action = INTENT_ACTION.matcher(path);
        Matcher intent = INTENT.matcher(path);
        if ("POST".equals(method) && "/v1/payment_intents".equals(path)) {
            return createPaymentIntent(form);
        } else if ("GET".equals(method) && intent.matches()) {
            return retrievePaymentIntent(intent.group(1));
        } else if ("POST".equals(method) && action.matches()) {
            return "confirm".equals(action.group(2)) ? confirm(action.group(1), form) : cancel(action.group(1), form);
        } else if ("POST".equals(method) && "/v1/refunds".equals(path)) {
            return createRefund(form);
        }
        return new Reply(404, StripeWire.error("invalid_request_error", null,
                "Unrecognized request URL (" + method + ": " + path + "). Please see https://stripe.com/docs or we can "
                        + "help at https://support.stripe.com/.", null));
    }

    static String newId(String prefix) {
        return prefix + random(24);
    }

    int paymentIntentCount() {
        return paymentIntents.size();
    }

    int refundCount() {
        return refunds.size();
    }

    Reply createPaymentIntent(Map<String, String> form) {
        Reply invalid = requireAmountAndCurrency(form);
        if (invalid != null) {
            return invalid;
        }
        String id = newId("pi_");
        Map<String, Object> pi = new LinkedHashMap<>();
        pi.put("id", id);
        pi.put("object", "payment_intent");
        pi.put("amount", Long.parseLong(form.get("amount")));
        pi.put("amount_capturable", 0);
        pi.put("amount_received", 0);
        boolean automatic = "true".equals(form.get("automatic_payment_methods[enabled]"));
        pi.put("automatic_payment_methods", automatic ? Map.of("allow_redirects", "always", "enabled", true) : null);
        pi.put("canceled_at", null);
        pi.put("cancellation_reason", null);
        pi.put("capture_method", "automatic_async");
        pi.put("client_secret", id + "_secret_" + random(25));
        pi.put("confirmation_method", "automatic");
        pi.put("created", now());
        pi.put("currency", form.get("currency").toLowerCase());
        pi.put("customer", null);
        pi.put("description", form.get("description"));
        pi.put("last_payment_error", null);
        pi.put("latest_charge", null);
        pi.put("livemode", false);
        pi.put("metadata", StripeWire.nested(form, "metadata"));
        pi.put("payment_method", null);
        pi.put("payment_method_types", List.of("card"));
        pi.put("receipt_email", form.get("receipt_email"));
        pi.put("status", "requires_payment_method");
        paymentIntents.put(id, pi);
        return Reply.ok(pi);
    }

    Reply retrievePaymentIntent(String id) {
        Map<String, Object> pi = paymentIntents.get(id);
        return pi == null ? missing("payment_intent", id, "id") : Reply.ok(pi);
    }

    /** What Stripe.js does when the customer pays: succeeds, or records a decline for the test card. */
    Reply confirm(String id, Map<String, String> form) {
        Map<String, Object> pi = paymentIntents.get(id);
        if (pi == null) {
            return missing("payment_intent", id, "id");
        }
        if (!"requires_payment_method".equals(pi.get("status")) && !"requires_confirmation".equals(pi.get("status"))) {
            return unexpectedState(pi, "confirm");
        }
        String paymentMethod = form.getOrDefault("payment_method", "pm_card_visa");
        pi.put("payment_method", paymentMethod);
        if (DECLINED_PAYMENT_METHOD.equals(paymentMethod)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("charge", newId("ch_"));
            error.put("code", "card_declined");
            error.put("decline_code", "generic_decline");
            error.put("message", "Your card was declined.");
            error.put("type", "card_error");
            pi.put("last_payment_error", error);
            pi.put("status", "requires_payment_method");
            Map<String, Object> body = new LinkedHashMap<>(error);
            body.put("payment_intent", pi);
            return new Reply(402, StripeWire.json(Map.of("error", body)));
        }
        pi.put("last_payment_error", null);
        pi.put("latest_charge", newId("ch_"));
        pi.put("amount_received", pi.get("amount"));
        pi.put("status", "succeeded");
        return Reply.ok(pi);
    }

    Reply cancel(String id, Map<String, String> form) {
        Map<String, Object> pi = paymentIntents.get(id);
        if (pi == null) {
            return missing("payment_intent", id, "id");
        }
        if ("succeeded".equals(pi.get("status")) || "canceled".equals(pi.get("status"))) {
            return unexpectedState(pi, "cancel");
        }
        pi.put("status", "canceled");
        pi.put("canceled_at", now());
        pi.put("cancellation_reason", form.get("cancellation_reason"));
        return Reply.ok(pi);
    }

    Reply createRefund(Map<String, String> form) {
        String piId = form.get("payment_intent");
        if (piId == null) {
            return Reply.invalid("parameter_missing", "Missing required param: payment_intent.", "payment_intent");
        }
        Map<String, Object> pi = paymentIntents.get(piId);
        if (pi == null) {
            // An unknown object named in a parameter is a 400, unlike one named in the path.
            return new Reply(400, StripeWire.error("invalid_request_error", "resource_missing",
                    "No such payment_intent: '" + piId + "'", "payment_intent"));
        }
        if (!"succeeded".equals(pi.get("status"))) {
            return Reply.invalid("payment_intent_unexpected_state",
                    "This PaymentIntent (" + piId + ") does not have a successful charge to refund.", "payment_intent");
        }
        long received = ((Number) pi.get("amount_received")).longValue();
        long remaining = received - refundedSoFar(piId);
        if (remaining <= 0) {
            return Reply.invalid("charge_already_refunded",
                    "Charge " + pi.get("latest_charge") + " has already been refunded.", null);
        }
        long amount = form.containsKey("amount") ? Long.parseLong(form.get("amount")) : remaining;
        if (amount <= 0 || amount > remaining) {
            return Reply.invalid(null, "Refund amount (" + amount + ") is greater than unrefunded amount on charge ("
                    + remaining + ")", "amount");
        }
        Map<String, Object> refund = new LinkedHashMap<>();
        String id = newId("re_");
        refund.put("id", id);
        refund.put("object", "refund");
        refund.put("amount", amount);
        refund.put("charge", pi.get("latest_charge"));
        refund.put("created", now());
        refund.put("currency", pi.get("currency"));
        refund.put("metadata", StripeWire.nested(form, "metadata"));
        refund.put("payment_intent", piId);
        refund.put("reason", form.get("reason"));
        refund.put("status", "succeeded");
        refunds.put(id, refund);
        return Reply.ok(refund);
    }

    List<Map<String, Object>> refundsOf(String paymentIntentId) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> refund : refunds.values()) {
            if (paymentIntentId.equals(refund.get("payment_intent"))) {
                result.add(refund);
            }
        }
        return result;
    }

    private long refundedSoFar(String paymentIntentId) {
        return refundsOf(paymentIntentId).stream().mapToLong(r -> ((Number) r.get("amount")).longValue()).sum();
    }

    private static Reply requireAmountAndCurrency(Map<String, String> form) {
        if (!form.containsKey("amount")) {
            return Reply.invalid("parameter_missing", "Missing required param: amount.", "amount");
        }
        if (!form.containsKey("currency")) {
            return Reply.invalid("parameter_missing", "Missing required param: currency.", "currency");
        }
        try {
            if (Long.parseLong(form.get("amount")) < 1) {
                return Reply.invalid("parameter_invalid_integer", "This value must be greater than or equal to 1.", "amount");
            }
        } catch (NumberFormatException e) {
            return Reply.invalid("parameter_invalid_integer", "Invalid integer: " + form.get("amount"), "amount");
        }
        return null;
    }

    private static Reply missing(String kind, String id, String param) {
        return new Reply(404, StripeWire.error("invalid_request_error", "resource_missing",
                "No such " + kind + ": '" + id + "'", param));
    }

    private static Reply unexpectedState(Map<String, Object> pi, String action) {
        return Reply.invalid("payment_intent_unexpected_state", "You cannot " + action + " this PaymentIntent because it has a status of "
                + pi.get("status") + ".", null);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}

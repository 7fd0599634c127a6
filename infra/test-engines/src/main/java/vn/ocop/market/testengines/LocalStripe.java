package vn.ocop.market.testengines;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Stripe API on 127.0.0.1 for tests, so the real Stripe SDK can be driven without the internet:
 * payment intents (create, retrieve, confirm, cancel) and refunds in Stripe's wire format, with
 * bearer-key checks, idempotency keys and Stripe's error bodies. Every request is recorded so a
 * test can see what the SDK really sent. Static helpers build webhook events and sign them the way
 * Stripe does.
 */
public final class LocalStripe implements AutoCloseable {

    /** A request as it arrived: headers are looked up case-insensitively, the form is decoded. */
    public record Request(String method, String path, Map<String, String> headers, Map<String, String> form) {

        public String header(String name) {
            return headers.get(name);
        }

        public String param(String name) {
            return form.get(name);
        }

        /** The {@code metadata[…]} parameters. */
        public Map<String, String> metadata() {
            return StripeWire.nested(form, "metadata");
        }
    }

    private record Stored(String method, String path, Map<String, String> form, LocalStripeLedger.Reply reply) {
    }

    private final String secretKey;
    private final HttpServer server;
    private final ExecutorService executor;
    private final LocalStripeLedger ledger;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Stored> idempotent = new TreeMap<>();
    private final Object lock = new Object();
    private int failuresLeft;
    private int failureStatus;
    private int refundFailuresLeft;

    private LocalStripe(String secretKey, Clock clock) throws IOException {
        this.secretKey = secretKey;
        this.ledger = new LocalStripeLedger(clock);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "local-stripe");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server that accepts a fresh random {@code sk_test_…} key, see {@link #secretKey()}. */
    public static LocalStripe start() {
        return start("sk_test_" + LocalStripeLedger.newId("local"), Clock.systemUTC());
    }

    /** Starts a server that accepts only {@code secretKey}, stamping objects with {@code clock}'s time. */
    public static LocalStripe start(String secretKey, Clock clock) {
        try {
            return new LocalStripe(secretKey, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API base to give the SDK, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String secretKey() {
        return secretKey;
    }

    /** Every request received so far, oldest first, including rejected ones. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> requests(String method, String path) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public void clearRequests() {
        requests.clear();
    }

    /** How many payment intents exist; a replayed idempotent request creates none. */
    public int paymentIntentCount() {
        synchronized (lock) {
            return ledger.paymentIntentCount();
        }
    }

    public int refundCount() {
        synchronized (lock) {
            return ledger.refundCount();
        }
    }

    /** How many refunds exist for one payment intent; a replayed idempotent request creates none. */
    public int refundCount(String paymentIntentId) {
        synchronized (lock) {
            return ledger.refundsOf(paymentIntentId).size();
        }
    }

    /** Pays the intent as the customer's browser would with Stripe's test card. */
    public void succeed(String paymentIntentId) {
        synchronized (lock) {
            LocalStripeLedger.Reply reply = ledger.confirm(paymentIntentId, Map.of("payment_method", "pm_card_visa"));
            if (reply.status() != 200) {
                throw new IllegalStateException("cannot pay " + paymentIntentId + ": " + reply.body());
            }
        }
    }

    /** Answers the next {@code times} authenticated requests with {@code status} before doing anything. */
    public void failNext(int times, int status) {
        synchronized (lock) {
            failuresLeft = times;
            failureStatus = status;
        }
    }

    /**
     * Answers the next {@code times} refund requests with a 500 before doing anything (Stripe's SDK
     * retries a 500 itself, so one failed refund call of the application may consume several).
     */
    public void failNextRefunds(int times) {
        synchronized (lock) {
            refundFailuresLeft = times;
        }
    }

    /**
     * A webhook event as Stripe would send it. {@code apiVersion} should be the SDK's
     * {@code Stripe.API_VERSION} (another version makes the SDK refuse to map the object safely).
     * {@code charge.*} events carry a charge of the payment intent, fully refunded for
     * {@code charge.refunded}; other types carry the payment intent in the state the type implies.
     */
    public static String eventJson(String apiVersion, String eventId, String type, String paymentIntentId, long amount,
                                   String currency, Map<String, String> metadata) {
        return StripeEvents.eventJson(apiVersion, eventId, type, paymentIntentId, amount, currency, metadata);
    }

    /** A {@code Stripe-Signature} header: {@code t=<unixTime>,v1=<hex HMAC-SHA256(secret, "<unixTime>.<payload>")>}. */
    public static String signatureHeader(String payload, String secret, long unixTime) {
        return StripeEvents.signatureHeader(payload, secret, unixTime);
    }

    /** POSTs a webhook to {@code url} as Stripe would, returning the endpoint's answer. */
    public static HttpResponse<String> postWebhook(String url, String payload, String signatureHeader) {
        return StripeEvents.post(url, payload, signatureHeader);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
            Map<String, String> form = StripeWire.parseForm("GET".equals(method) ? query : body);
            Request request = new Request(method, path, Collections.unmodifiableMap(headers), Collections.unmodifiableMap(form));
            requests.add(request);
            respond(exchange, request);
        }
    }

    private void respond(HttpExchange exchange, Request request) throws IOException {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, 401, StripeWire.error("invalid_request_error", null, "You did not provide an API key. You need to "
                    + "provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer "
                    + "YOUR_SECRET_KEY').", null), false);
            return;
        }
        String key = authorization.substring("Bearer ".length());
        if (!key.equals(secretKey)) {
            send(exchange, 401, StripeWire.error("invalid_request_error", "api_key_invalid",
                    "Invalid API Key provided: " + redact(key), null), false);
            return;
        }
        LocalStripeLedger.Reply reply;
        boolean replayed = false;
        synchronized (lock) {
            boolean refund = "POST".equals(request.method()) && "/v1/refunds".equals(request.path());
            if (failuresLeft > 0 || (refund && refundFailuresLeft > 0)) {
                int status;
                if (failuresLeft > 0) {
                    failuresLeft--;
                    status = failureStatus;
                } else {
                    refundFailuresLeft--;
                    status = 500;
                }
                send(exchange, status, StripeWire.error("api_error", null,
                        "An unexpected error occurred (injected by LocalStripe).", null), false);
                return;
            }
            String idempotencyKey = "POST".equals(request.method()) ? request.header("Idempotency-Key") : null;
            Stored earlier = idempotencyKey == null ? null : idempotent.get(idempotencyKey);
            if (earlier != null && earlier.path().equals(request.path()) && earlier.form().equals(request.form())) {
                reply = earlier.reply();
                replayed = true;
            } else if (earlier != null) {
                reply = new LocalStripeLedger.Reply(400, StripeWire.error("idempotency_error", null,
                        "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                                + "Try using a key other than '" + idempotencyKey + "' if you meant to execute a different "
                                + "request.", null));
            } else {
                reply = ledger.answer(request.method(), request.path(), request.form());
                // Like Stripe, keep only results of requests that ran, not those rejected up front.
                if (idempotencyKey != null && (reply.status() == 200 || reply.status() == 402)) {
                    idempotent.put(idempotencyKey, new Stored(request.method(), request.path(), request.form(), reply));
                }
            }
        }
        send(exchange, reply.status(), reply.body(), replayed);
    }

    private static void send(HttpExchange exchange, int status, String json, boolean replayed) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Request-Id", LocalStripeLedger.newId("req_"));
        String version = exchange.getRequestHeaders().getFirst("Stripe-Version");
        if (version != null) {
            headers.set("Stripe-Version", version);
        }
        String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        if (replayed) {
            headers.set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String redact(String key) {
        return key.length() <= 12 ? "****" : key.substring(0, 8) + "****" + key.substring(key.length() - 4);
    }
}

package vn.ocop.market.app;

import vn.ocop.market.app.Personas.Persona;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static vn.ocop.market.app.Personas.CATALOG_WRITE;
import static vn.ocop.market.app.Personas.CERTIFICATES_WRITE;
import static vn.ocop.market.app.Personas.REPORTS_READ;
import static vn.ocop.market.app.Personas.TRACEABILITY_WRITE;
import static vn.ocop.market.app.Personas.Persona.ADMIN;
import static vn.ocop.market.app.Personas.Persona.ANONYMOUS;
import static vn.ocop.market.app.Personas.Persona.OFFICER;
import static vn.ocop.market.app.Personas.Persona.PRODUCER;
import static vn.ocop.market.app.Personas.Persona.SHOPPER;

/**
 * What each persona may open, written by hand from the product's rules, never read from the
 * annotations the application checks (a table derived from them could not fail). A route found in
 * the code but missing here fails {@link RouteAccessTest} / {@link ApiAccessTest}; so does a row here
 * whose route is gone.
 *
 * <p>The rules: the storefront is public; a shopper's account page is the shopper's; the console
 * is for staff. Officers do the programme's work (certificates and their import, producers, products,
 * the search index, orders and card refunds); platform admins manage people (accounts,
 * sign-in locks) and API clients and open none of the officers' working screens; both read the audit trail; producers see their own
 * orders and notices. Every staff member changes their own password and turns on two-factor sign-in.
 * The pages behind e-mailed links (invitation, password reset, registration confirmation) and the
 * forgot-password forms are public by design: the token is the capability, and a wrong one shows
 * only that the link is not valid.
 */
final class AccessTable {

    /** What a persona sees when it opens a route. */
    enum Outcome {
        /** The view itself. */
        SHOWN,
        /** Sent on to another view it may open (its start page, or the page it came for). */
        FORWARDED,
        /** Sent to a sign-in view (console or storefront). */
        SIGN_IN,
        /** Access denied or not found: an error view, never the content. */
        REFUSED
    }

    /** How Vaadin names the parameter of a {@code HasUrlParameter} view in its route template. */
    static final String URL_PARAMETER = ":___url_parameter";

    /** Sample values for route parameters, filled in by the test from the data it made. */
    static final Set<String> PARAMETERS = Set.of(":slug", ":token", URL_PARAMETER, ":orderId", ":productId", ":number",
            ":boothId", ":batchId", ":eventId", ":id");

    /** Vaadin route template → outcome per persona. */
    static final Map<String, Map<Persona, Outcome>> VIEWS = new LinkedHashMap<>();

    static {
        // The storefront is public.
        for (String open : new String[] {"", "san-pham/:slug", "chu-the/:slug", "tim-kiem", "gio-hang", "thanh-toan", "dang-ky",
                "quen-mat-khau",
                // The order page is a capability link: whoever holds the token may see it.
                "don-hang/:token"}) {
            VIEWS.put(open, all(Outcome.SHOWN));
        }
        // A signed-in shopper is sent on from the sign-in page.
        VIEWS.put("dang-nhap", with(all(Outcome.SHOWN), SHOPPER, Outcome.FORWARDED));
        VIEWS.put("tai-khoan", with(all(Outcome.SIGN_IN), SHOPPER, Outcome.SHOWN));

        // E-mailed links, walked with a token that is not valid: the page saying so, for anyone.
        for (String link : new String[] {"xac-nhan/" + URL_PARAMETER, "dat-lai-mat-khau/" + URL_PARAMETER,
                "admin/reset/" + URL_PARAMETER, "admin/invitation/" + URL_PARAMETER, "admin/forgot-password"}) {
            VIEWS.put(link, all(Outcome.SHOWN));
        }

        // The console: shoppers are not signed in to it.
        VIEWS.put("admin/login", with(all(Outcome.FORWARDED), ANONYMOUS, Outcome.SHOWN, SHOPPER, Outcome.SHOWN));
        VIEWS.put("admin", with(all(Outcome.FORWARDED), ANONYMOUS, Outcome.SIGN_IN, SHOPPER, Outcome.SIGN_IN));
        // Everyone on the staff: their own password and second factor.
        for (String own : new String[] {"admin/password", "admin/two-factor"}) {
            VIEWS.put(own, console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.SHOWN));
        }
        // Officers' work; not the platform admins'.
        for (String officers : new String[] {"admin/certificates", "admin/certificates/import", "admin/producers",
                "admin/products", "admin/search-index", "admin/refunds"}) {
            VIEWS.put(officers, console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        }
        // The audit trail is read by officers (certificate events) and admins (account events).
        VIEWS.put("admin/audit", console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.SHOWN, ADMIN, Outcome.SHOWN));
        // People and API clients: platform admins only.
        for (String admins : new String[] {"admin/accounts", "admin/api-clients", "admin/sign-in-locks"}) {
            VIEWS.put(admins, console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.REFUSED, ADMIN, Outcome.SHOWN));
        }
        // Producers see their own orders; officers all; admins none.
        VIEWS.put("admin/orders", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        VIEWS.put("admin/notices", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.REFUSED, ADMIN, Outcome.REFUSED));
        // Stock: a producer its own, officers any producer's; the shipping label of the producer's own order.
        VIEWS.put("admin/stock", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        VIEWS.put("admin/orders/:orderId/label",
                console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        // Sales figures: a producer its own, officers any producer's; admins none.
        VIEWS.put("admin/sales", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));

        // Producers join by themselves (public form); officers review the applications; a producer's
        // users edit its story, its owners (the persona is one) manage its team.
        VIEWS.put("dang-ky-nha-san-xuat", all(Outcome.SHOWN));
        VIEWS.put("admin/producers/applications",
                console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        for (String producers : new String[] {"admin/team", "admin/story"}) {
            VIEWS.put(producers, console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.REFUSED, ADMIN, Outcome.REFUSED));
        }
        // The seller centre: a producer's own products (the sample is the producer's), officers any; the queue officers only.
        VIEWS.put("admin/listings", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        VIEWS.put("admin/listings/:productId", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        VIEWS.put("admin/moderation", console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));

        // A fair's visitors: registration and a booth's lead page are public; the badge is a capability
        // link, walked with a code that is no badge's, so everyone gets "not found".
        for (String fairPage : new String[] {"hoi-cho/:slug/dang-ky-tham-quan", "hoi-cho/gian-hang/:boothId/lien-he"}) {
            VIEWS.put(fairPage, all(Outcome.SHOWN));
        }
        VIEWS.put("hoi-cho/the/:token", all(Outcome.REFUSED));
        // The gate's check-in and fair vouchers are officers' work; leads are a producer's own.
        for (String officers : new String[] {"admin/fairs/check-in", "admin/fairs/vouchers"}) {
            VIEWS.put(officers, console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        }
        VIEWS.put("admin/leads", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.REFUSED, ADMIN, Outcome.REFUSED));
        // Live selling: the list and the live (or replay) pages are public.
        for (String open : new String[] {"truc-tiep", "truc-tiep/:id"}) {
            VIEWS.put(open, all(Outcome.SHOWN));
        }
        // Trade promotion: fairs, booths and showrooms are public; officers organise them; producers apply.
        for (String open : new String[] {"hoi-cho", "hoi-cho/:slug", "hoi-cho/:slug/gian-hang/:number", "diem-ban-ocop",
                "diem-ban-ocop/:slug"}) {
            VIEWS.put(open, all(Outcome.SHOWN));
        }
        for (String officers : new String[] {"admin/fairs", "admin/fairs/plan", "admin/showrooms"}) {
            VIEWS.put(officers, console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        }
        VIEWS.put("admin/my-fairs", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.REFUSED, ADMIN, Outcome.REFUSED));
        // The programme dashboard: officers (their province) and admins (any); not producers.
        VIEWS.put("admin/dashboard", console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.SHOWN, ADMIN, Outcome.SHOWN));
        // Traceability (the public trace page is plain HTML, traceability.api.TracePageHtml): serial codes, labels,
        // scans and the GS1 company prefix for a producer's own, officers all.
        for (String trace : new String[] {"admin/serials", "admin/scans", "admin/gs1-prefix"}) {
            VIEWS.put(trace, console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        }
        // Batches: a producer its own (the sample is the producer persona's), officers every one, read-only.
        VIEWS.put("admin/batches", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        // Live selling: a producer its own events, officers every one.
        VIEWS.put("admin/live", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        VIEWS.put("admin/batches/:batchId", console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        // Live events: the chat moderation and the report of the producer persona's event (its producer and
        // officers); live sales per province and month for officers.
        for (String live : new String[] {"admin/live/:eventId/chat", "admin/live/:eventId/report"}) {
            VIEWS.put(live, console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        }
        VIEWS.put("admin/live/sales", console(PRODUCER, Outcome.REFUSED, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
        // A live event's studio: its producer acts, officers read; admins none.
        VIEWS.put("admin/live/:eventId/studio",
                console(PRODUCER, Outcome.SHOWN, OFFICER, Outcome.SHOWN, ADMIN, Outcome.REFUSED));
    }

    /** Who may call an API route. */
    sealed interface ApiRule permits Public, Scoped, SignedWebhook, MediaServerOnly {
    }

    /** Anyone, with or without credentials. */
    record Public() implements ApiRule {
    }

    /** A client holding this scope; anyone else 401 (no or bad credential) or 403 (scope missing). */
    record Scoped(String scope) implements ApiRule {
    }

    /** Anyone reaches it, but only a body signed with the webhook secret is accepted: unsigned → 400. */
    record SignedWebhook() implements ApiRule {
    }

    /** The media server's callbacks: without its shared secret everybody is refused (403), whatever the credential. */
    record MediaServerOnly() implements ApiRule {
    }

    /** "METHOD /path" as Micronaut and the OpenAPI document name it → rule. */
    static final Map<String, ApiRule> API = new LinkedHashMap<>();
    /** The resolver's one Micronaut route, {@code /01/{+path}}, as the OpenAPI document spells its levels. */
    static final String RESOLVER_ROUTE = "/01/{+path}";
    static final java.util.List<String> RESOLVER_PATHS = java.util.List.of("/01/{gtin}", "/01/{gtin}/10/{lot}",
            "/01/{gtin}/10/{lot}/21/{serial}", "/01/{gtin}/21/{serial}");

    static {
        API.put("GET /api/products", new Public());
        API.put("GET /api/products/suggest", new Public());
        API.put("GET /api/products/{id}", new Public());
        API.put("GET /api/producers/{id}", new Public());
        API.put("GET /api/fairs", new Public());
        API.put("GET /api/cart", new Public());
        API.put("POST /api/cart/items", new Public());
        API.put("POST /api/checkout", new Public());
        API.put("GET /api/openapi.yml", new Public());
        API.put("GET /health", new Public());
        API.put("POST /api/payments/stripe/webhook", new SignedWebhook());
        API.put("POST /api/admin/producers", new Scoped(CATALOG_WRITE));
        API.put("POST /api/admin/products", new Scoped(CATALOG_WRITE));
        API.put("POST /api/admin/certificates", new Scoped(CERTIFICATES_WRITE));
        API.put("POST /api/admin/certificates/{id}/revocation", new Scoped(CERTIFICATES_WRITE));
        API.put("GET /api/admin/certificates", new Scoped(REPORTS_READ));
        // The probes of balancers and orchestrators. GET /metrics is a servlet of its own, not an API route:
        // its rules (loopback in demo, allow-list, metrics:read) are walked by MetricsTest.
        API.put("GET /health/live", new Public());
        API.put("GET /health/ready", new Public());
        API.put("GET /api/admin/reports/{name}.{format}", new Scoped(REPORTS_READ));
        API.put("GET /api/epcis/events", new Public());
        API.put("POST /api/epcis/capture", new Scoped(TRACEABILITY_WRITE));
        // The GS1 Digital Link resolver: public, whoever scans (called for the Linkset, a 200).
        for (String link : RESOLVER_PATHS) {
            API.put("GET " + link, new Public());
        }
        API.put("GET /api/live-events", new Public());
        API.put("POST /api/live/rtmp/publish", new MediaServerOnly());
        API.put("POST /api/live/rtmp/publish-done", new MediaServerOnly());
    }

    private static Map<Persona, Outcome> all(Outcome outcome) {
        Map<Persona, Outcome> row = new EnumMap<>(Persona.class);
        for (Persona p : Personas.ROUTE_WALKERS) {
            row.put(p, outcome);
        }
        return row;
    }

    /** A console page: anonymous and shoppers are asked to sign in; the staff as given. */
    private static Map<Persona, Outcome> console(Object... staff) {
        return with(all(Outcome.SIGN_IN), staff);
    }

    private static Map<Persona, Outcome> with(Map<Persona, Outcome> row, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((Persona) pairs[i], (Outcome) pairs[i + 1]);
        }
        return row;
    }

    private AccessTable() {
    }
}

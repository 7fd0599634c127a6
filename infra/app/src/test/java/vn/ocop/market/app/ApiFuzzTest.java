package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Property-based fuzzing of the public and the admin API against the running application (real
 * MariaDB, real Elasticsearch, real HTTP): for every generated request, no answer is 5xx, no error
 * body is anything but JSON or names a class or a stack frame, and nothing is half-saved. Every
 * answer is counted (see {@link FuzzTally}); each area fails after its run if any answer broke the
 * rules, listing the requests that did, and the table goes to {@code target/security-report.md}.
 * Inputs come from one seed (printed; {@code -Docop.fuzz.seed=N} replays a run).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest implements TestEnvironment {

    private static final FuzzTally TALLY = new FuzzTally();
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private static final long SEED = Long.getLong("ocop.fuzz.seed", System.nanoTime());

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject vn.ocop.market.apiclient.ApiClients apiClients;

    private RawHttp http;
    /** A real API client with every scope, as a provincial system calls in production (not the demo token). */
    private String credential;
    private final CatalogInvariants invariants = new CatalogInvariants(getProperties());
    private final List<Long> productIds = new ArrayList<>();
    private final List<Long> producerIds = new ArrayList<>();
    private final List<Long> certificateIds = new ArrayList<>();

    /** The area now running, and the table counts when it started. */
    private String area;
    private Map<String, Long> countsBefore;

    /** One area: {@code tries} requests, each built from the area's random source. */
    private interface Request {
        void send(Random r) throws Exception;
    }

    private void fuzz(int tries, Request request) throws Exception {
        Random r = new Random(SEED);
        for (int i = 0; i < tries; i++) {
            request.send(r);
        }
        checkTheRun();
    }

    @BeforeAll
    void start() {
        http = new RawHttp(server.getPort());
        credential = "Bearer " + apiClients.create("Thử nghiệm ngẫu nhiên", java.util.EnumSet.allOf(
                vn.ocop.market.apiclient.ApiScope.class), "security-suite").bearerToken();
        for (int i = 0; i < 3; i++) {
            Producer producer = fixtures.producer("HTX Thử nghiệm ngẫu nhiên " + SEQ.incrementAndGet(), "Thái Nguyên");
            producerIds.add(producer.id());
            Product listed = fixtures.product(producer, "Chè ngẫu nhiên " + SEQ.incrementAndGet(), ProductGroup.BEVERAGE, 180_000);
            Certificate certificate = fixtures.certify(listed, 75, LocalDate.now().minusDays(20));
            productIds.add(listed.id());
            certificateIds.add(certificate.id());
            productIds.add(fixtures.product(producer, "Chè chưa chứng nhận " + SEQ.incrementAndGet(), ProductGroup.BEVERAGE,
                    90_000).id());
        }
    }

    @AfterAll
    void report() {
        String report = TALLY.markdown() + "\nRequests in total: " + TALLY.total() + "; seed " + SEED
                + " (replay with -Docop.fuzz.seed=" + SEED + ").\n";
        System.out.println(report);
        SecurityReport.section("30-api-fuzzing", report);
    }

    // ------------------------------------------------------------------ public API

    @Test
    void productSearchSurvivesFuzzing() throws Exception {
        fuzz(700, r -> {
            get("public: GET /api/products", concat("/api/products", FuzzInputs.query(r)));
        });
    }

    @Test
    void productByIdSurvivesFuzzing() throws Exception {
        fuzz(250, r -> {
            get("public: GET /api/products/{id}", concat(concat("/api/products/", FuzzInputs.id(r, productIds)),
                    r.nextInt(4) == 0 ? FuzzInputs.query(r) : new byte[0]));
        });
    }

    @Test
    void suggestionsSurviveFuzzing() throws Exception {
        fuzz(250, r -> {
            byte[] query = r.nextBoolean() ? concat("?q=".getBytes(StandardCharsets.US_ASCII), FuzzInputs.value(r)) : FuzzInputs.query(r);
            get("public: GET /api/products/suggest", concat("/api/products/suggest", query));
        });
    }

    // ------------------------------------------------------------------ admin API

    @Test
    void producersSurviveFuzzing() throws Exception {
        fuzz(250, r -> {
            Map<String, String> valid = new LinkedHashMap<>();
            valid.put("name", json("HTX Thử " + SEQ.incrementAndGet()));
            valid.put("type", json(r.nextBoolean() ? "COOPERATIVE" : "household"));
            valid.put("province", json(r.nextBoolean() ? "Thái Nguyên" : "Hà Giang"));
            valid.put("story", json("<p>Câu chuyện</p>"));
            valid.put("email", json("htx" + SEQ.get() + "@example.vn"));
            valid.put("bankBin", json("970405"));
            valid.put("bankAccount", json("3900205123456"));
            valid.put("bankAccountName", json("HTX Thử"));
            post("admin: POST /api/admin/producers", "/api/admin/producers", r, valid);
        });
    }

    @Test
    void productsSurviveFuzzing() throws Exception {
        fuzz(250, r -> {
            Map<String, String> valid = new LinkedHashMap<>();
            valid.put("producerId", Long.toString(producerIds.get(r.nextInt(producerIds.size()))));
            valid.put("name", json("Sản phẩm thử " + SEQ.incrementAndGet()));
            valid.put("group", json("FOOD"));
            valid.put("priceVnd", Integer.toString(1 + r.nextInt(5_000_000)));
            valid.put("code", json("FZ-" + SEQ.get()));
            valid.put("stock", Integer.toString(r.nextInt(100)));
            valid.put("unit", json("Hộp 500 g"));
            valid.put("weightGrams", Integer.toString(r.nextInt(3000)));
            valid.put("description", json("Mô tả"));
            valid.put("rawMaterialOrigin", json("Vùng nguyên liệu"));
            post("admin: POST /api/admin/products", "/api/admin/products", r, valid);
        });
    }

    @Test
    void certificatesSurviveFuzzing() throws Exception {
        fuzz(250, r -> {
            Map<String, String> valid = new LinkedHashMap<>();
            valid.put("productId", Long.toString(productIds.get(r.nextInt(productIds.size()))));
            valid.put("score", Integer.toString(r.nextInt(101)));
            valid.put("level", json(new String[] {"DISTRICT", "PROVINCIAL", "national"}[r.nextInt(3)]));
            valid.put("decisionNumber", json(SEQ.incrementAndGet() + "/QĐ-UBND"));
            valid.put("decisionDate", json(FuzzInputs.yesterday()));
            valid.put("issuedBy", json("UBND tỉnh Thái Nguyên"));
            if (r.nextBoolean()) {
                valid.put("certificateNumber", json("GCN-FZ-" + SEQ.get()));
            }
            post("admin: POST /api/admin/certificates", "/api/admin/certificates", r, valid);
        });
    }

    @Test
    void revocationsSurviveFuzzing() throws Exception {
        fuzz(150, r -> {
            Map<String, String> valid = new LinkedHashMap<>();
            valid.put("reason", json("Sai nhãn " + SEQ.incrementAndGet()));
            valid.put("reference", json("QĐ " + SEQ.get() + "/QĐ-SNN"));
            byte[] path = concat(concat("/api/admin/certificates/", FuzzInputs.id(r, certificateIds)), "/revocation"
                    .getBytes(StandardCharsets.US_ASCII));
            post("admin: POST /api/admin/certificates/{id}/revocation", path, r, valid);
        });
    }

    @Test
    void certificateQueriesSurviveFuzzing() throws Exception {
        fuzz(150, r -> {
            byte[] target = concat("/api/admin/certificates", FuzzInputs.query(r));
            send("admin: GET /api/admin/certificates", "GET", target, null, null);
        });
    }

    // ------------------------------------------------------------------ checks

    /** After each area: no broken answer, counts moved only by successful requests, invariants hold. */
    private void checkTheRun() throws Exception {
        FuzzTally.Area a = TALLY.area(area);
        StringBuilder problems = new StringBuilder();
        if (a.leaked + a.notJson > 0) {
            problems.append(a.leaked).append(" leaked and ").append(a.notJson).append(" non-JSON errors of ").append(a.tried)
                    .append(" requests; first:\n  ").append(String.join("\n  ", a.failures)).append('\n');
        }
        if (countsBefore != null) {
            // A revocation answers 200; the others 201.
            String table = area.endsWith("/revocation") ? "revoked" : area.endsWith("/producers") ? "producer"
                    : area.endsWith("/products") ? "product" : "certificate";
            long succeeded = table.equals("revoked") ? a.accepted : a.created;
            problems.append(CatalogInvariants.unexpectedChanges(countsBefore, invariants.counts(), table, succeeded));
        }
        problems.append(invariants.broken());
        area = null;
        countsBefore = null;
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
    }

    // ------------------------------------------------------------------ requests

    private void get(String name, byte[] target) throws Exception {
        send(name, "GET", target, null, null);
    }

    private void post(String name, String path, Random r, Map<String, String> valid) throws Exception {
        post(name, path.getBytes(StandardCharsets.US_ASCII), r, valid);
    }

    private void post(String name, byte[] path, Random r, Map<String, String> valid) throws Exception {
        byte[] target = r.nextInt(6) == 0 ? concat(path, FuzzInputs.query(r)) : path;
        send(name, "POST", target, FuzzInputs.contentType(r), FuzzInputs.body(r, valid));
    }

    private void send(String name, String method, byte[] target, String contentType, byte[] body) throws Exception {
        if (area == null) {
            area = name;
            countsBefore = name.startsWith("admin: POST") ? invariants.counts() : null;
        }
        String shown = method + " " + printable(target) + (body == null ? "" : " " + contentType + " " + printable(body));
        RawHttp.Response response;
        try {
            response = http.send(method, target, contentType,
                    name.startsWith("admin") ? credential : null, body);
        } catch (java.io.IOException e) {
            TALLY.noAnswer(name, shown, e);
            return;
        }
        TALLY.record(name, shown, response);
    }

    /** Bytes as a readable line: printable ASCII kept, the rest as \xNN, long runs cut. */
    private static String printable(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 300); i++) {
            int b = bytes[i] & 0xff;
            s.append(b >= 0x20 && b < 0x7f && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return bytes.length > 300 ? s + "…(" + bytes.length + " bytes)" : s.toString();
    }

    private static String json(String s) {
        return new String(FuzzInputs.string(s), StandardCharsets.UTF_8);
    }

    private static byte[] concat(String a, byte[] b) {
        return concat(a.getBytes(StandardCharsets.US_ASCII), b);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Property-based fuzzing of the public and the admin API against the running application (real
 * MariaDB, real Elasticsearch, real HTTP): whatever is sent, no answer is 5xx, no error body is
 * anything but JSON or names a class or a stack frame, and nothing is half-saved. Every answer is
 * counted (see {@link FuzzTally}); each property fails after its run if any answer broke the rules,
 * listing the requests that did, and the table goes to {@code target/security-report.md}.
 */
class ApiFuzzTest {

    private static final FuzzTally TALLY = new FuzzTally();
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private static EmbeddedServer server;
    private static RawHttp http;
    private static Map<String, Object> props;
    private static final List<Long> productIds = new ArrayList<>();
    private static final List<Long> producerIds = new ArrayList<>();
    private static final List<Long> certificateIds = new ArrayList<>();

    /** The area the property now running counts into, and the table counts when it started. */
    private static String area;
    private static Map<String, Long> countsBefore;

    @BeforeContainer
    static void start() {
        props = new HashMap<>(new TestEnvironment() { }.getProperties());
        server = ApplicationContext.run(EmbeddedServer.class, props);
        http = new RawHttp(server.getPort());
        Fixtures fixtures = server.getApplicationContext().getBean(Fixtures.class);
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

    @AfterContainer
    static void stop() {
        String report = TALLY.markdown();
        System.out.println(report);
        SecurityReport.section("30-api-fuzzing", report + "\nRequests in total: " + TALLY.total() + "\n");
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    // ------------------------------------------------------------------ public API

    @Property(tries = 700, shrinking = ShrinkingMode.OFF)
    void productSearch(@ForAll Random r) throws Exception {
        get("public: GET /api/products", concat("/api/products", FuzzInputs.query(r)));
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void productById(@ForAll Random r) throws Exception {
        get("public: GET /api/products/{id}", concat(concat("/api/products/", FuzzInputs.id(r, productIds)),
                r.nextInt(4) == 0 ? FuzzInputs.query(r) : new byte[0]));
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void suggestions(@ForAll Random r) throws Exception {
        byte[] query = r.nextBoolean() ? concat("?q=".getBytes(StandardCharsets.US_ASCII), FuzzInputs.value(r)) : FuzzInputs.query(r);
        get("public: GET /api/products/suggest", concat("/api/products/suggest", query));
    }

    // ------------------------------------------------------------------ admin API

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void producers(@ForAll Random r) throws Exception {
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
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void products(@ForAll Random r) throws Exception {
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
    }

    @Property(tries = 250, shrinking = ShrinkingMode.OFF)
    void certificates(@ForAll Random r) throws Exception {
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
    }

    @Property(tries = 150, shrinking = ShrinkingMode.OFF)
    void revocations(@ForAll Random r) throws Exception {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("reason", json("Sai nhãn " + SEQ.incrementAndGet()));
        valid.put("reference", json("QĐ " + SEQ.get() + "/QĐ-SNN"));
        byte[] path = concat(concat("/api/admin/certificates/", FuzzInputs.id(r, certificateIds)), "/revocation"
                .getBytes(StandardCharsets.US_ASCII));
        post("admin: POST /api/admin/certificates/{id}/revocation", path, r, valid);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.OFF)
    void certificateQueries(@ForAll Random r) throws Exception {
        byte[] target = concat("/api/admin/certificates", FuzzInputs.query(r));
        send("admin: GET /api/admin/certificates", "GET", target, null, null);
    }

    // ------------------------------------------------------------------ checks

    /** After each property: no broken answer, table counts moved only by 201s (or 200 revocations), invariants hold. */
    @AfterProperty
    void checkTheRun() throws Exception {
        FuzzTally.Area a = TALLY.area(area);
        StringBuilder problems = new StringBuilder();
        if (a.leaked + a.notJson > 0) {
            problems.append(a.leaked).append(" leaked and ").append(a.notJson).append(" non-JSON errors of ").append(a.tried)
                    .append(" requests; first: ").append(String.join("\n  ", a.failures)).append('\n');
        }
        if (countsBefore != null) {
            Map<String, Long> after = counts();
            String table = countsBefore.keySet().stream().filter(t -> !after.get(t).equals(countsBefore.get(t)))
                    .findFirst().orElse(null);
            long changed = table == null ? 0 : after.get(table) - countsBefore.get(table);
            long expected = area.contains("revocation") ? a.accepted : a.created;
            if (changed != expected && !(table == null && expected == 0)) {
                problems.append(table).append(" changed by ").append(changed).append(" while ").append(expected)
                        .append(" requests succeeded: something was half-saved or lost\n");
            }
            long multiple = countsBefore.keySet().stream().filter(t -> !after.get(t).equals(countsBefore.get(t))).count();
            if (multiple > 1) {
                problems.append("more than one table changed: ").append(countsBefore).append(" → ").append(after).append('\n');
            }
        }
        problems.append(invariants());
        area = null;
        countsBefore = null;
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
    }

    private static String invariants() throws Exception {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("products without a producer",
                "SELECT COUNT(*) FROM product p LEFT JOIN producer r ON r.id = p.producer_id WHERE r.id IS NULL");
        rules.put("certificates without a product",
                "SELECT COUNT(*) FROM certificate c LEFT JOIN product p ON p.id = c.product_id WHERE p.id IS NULL");
        rules.put("products with stock below zero", "SELECT COUNT(*) FROM product WHERE stock < 0");
        rules.put("products priced zero or less", "SELECT COUNT(*) FROM product WHERE price_vnd <= 0");
        rules.put("producers or products without a name",
                "SELECT (SELECT COUNT(*) FROM producer WHERE TRIM(name) = '') + (SELECT COUNT(*) FROM product WHERE TRIM(name) = '')");
        rules.put("revoked certificates without a reason",
                "SELECT COUNT(*) FROM certificate WHERE revoked AND (revoked_reason IS NULL OR TRIM(revoked_reason) = '')");
        StringBuilder broken = new StringBuilder();
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            long n = count(rule.getValue());
            if (n != 0) {
                broken.append(n).append(' ').append(rule.getKey()).append('\n');
            }
        }
        return broken.toString();
    }

    private static Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("producer", count("SELECT COUNT(*) FROM producer"));
        counts.put("product", count("SELECT COUNT(*) FROM product"));
        counts.put("certificate", count("SELECT COUNT(*) FROM certificate"));
        counts.put("revoked", count("SELECT COUNT(*) FROM certificate WHERE revoked"));
        return counts;
    }

    private static long count(String sql) throws Exception {
        // A connection of its own, outside the application's transaction management.
        try (Connection c = java.sql.DriverManager.getConnection((String) props.get("datasources.default.url"),
                (String) props.get("datasources.default.username"), (String) props.get("datasources.default.password"));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------ requests

    private static void get(String name, byte[] target) throws Exception {
        send(name, "GET", target, null, null);
    }

    private static void post(String name, String path, Random r, Map<String, String> valid) throws Exception {
        post(name, path.getBytes(StandardCharsets.US_ASCII), r, valid);
    }

    private static void post(String name, byte[] path, Random r, Map<String, String> valid) throws Exception {
        byte[] target = r.nextInt(6) == 0 ? concat(path, FuzzInputs.query(r)) : path;
        send(name, "POST", target, FuzzInputs.contentType(r), FuzzInputs.body(r, valid));
    }

    private static void send(String name, String method, byte[] target, String contentType, byte[] body) throws Exception {
        if (area == null) {
            area = name;
            countsBefore = name.startsWith("admin: POST") ? counts() : null;
        }
        String shown = method + " " + printable(target) + (body == null ? "" : " " + contentType + " " + printable(body));
        RawHttp.Response response = http.send(method, target, contentType,
                name.startsWith("admin") ? "Bearer " + TestEnvironment.ADMIN_TOKEN : null, body);
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

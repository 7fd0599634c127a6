package vn.ocop.market.app;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever DB_URL says about time zones, and whatever the JVM's zone, an instant is stored as its
 * UTC wall time and read back as the same instant, and the session's NOW() is UTC.
 */
class DatabaseTimeZoneTest implements TestEnvironment {

    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"?connectionTimeZone=Asia/Ho_Chi_Minh&characterEncoding=UTF-8", ""})
    void instantsAreStoredInUtcWhateverTheUrlAndTheJvmZone(String urlParameters) throws Exception {
        String configured = getProperties().get("datasources.default.url");
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("datasources.default.url", configured.substring(0, configured.indexOf('?')) + urlParameters);
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
        try (ApplicationContext context = ApplicationContext.run(props)) {
            context.getBean(TestClock.class).set(AT);
            Fixtures fixtures = context.getBean(Fixtures.class);
            Product product = fixtures.product(fixtures.producer("HTX Cà phê Cầu Đất", "Lâm Đồng"),
                    "Cà phê Arabica Cầu Đất", ProductGroup.BEVERAGE, 250_000);
            Certificate saved = fixtures.certify(product, 77, LocalDate.of(2026, 5, 20));

            Certificate read = context.getBean(Certifications.class).find(saved.id()).orElseThrow();
            assertEquals(saved.validUntil(), read.validUntil());
            assertNear(AT, read.createdAt());
            // Read as plain wall times over a UTC connection: what another instance or a report sees.
            assertEquals(LocalDateTime.parse("2029-05-19T17:00:00"), column(saved.id(), "valid_until"));
            assertNear(AT, column(saved.id(), "created_at").toInstant(ZoneOffset.UTC));
            long sessionOffset = context.getBean(TestSql.class).one("SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), NOW())",
                    rs -> rs.getLong(1)).orElseThrow();
            assertEquals(0, sessionOffset, "the session's NOW() is UTC");
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    private static void assertNear(Instant expected, Instant actual) {
        assertTrue(!actual.isBefore(expected.minusSeconds(1)) && actual.isBefore(expected.plus(Duration.ofSeconds(30))),
                "expected about " + expected + " but was " + actual);
    }

    private LocalDateTime column(long certificateId, String column) throws Exception {
        try (Connection c = DriverManager.getConnection(getProperties().get("datasources.default.url"),
                getProperties().get("datasources.default.username"), getProperties().get("datasources.default.password"));
             PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM certificate WHERE id = ?")) {
            ps.setLong(1, certificateId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDateTime.class);
            }
        }
    }
}

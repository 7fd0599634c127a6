package vn.ocop.market.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    static Path embeddedData;

    @Test
    void resolvedDatabaseIsUtf8mb4AndStrict() throws Exception {
        DatabaseEndpoint endpoint = EmbeddedDatabase.resolve("ocop_engines_test", embeddedData);
        assertSessionIsLikeMySql8(endpoint, "ocop_engines_test");
    }

    static void assertSessionIsLikeMySql8(DatabaseEndpoint endpoint, String database) throws SQLException {
        try (Connection connection = connect(endpoint); Statement statement = connection.createStatement()) {
            try (ResultSet one = statement.executeQuery("SELECT 1")) {
                assertTrue(one.next());
                assertEquals(1, one.getInt(1));
            }
            try (ResultSet schema = statement.executeQuery(
                    "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                            + " WHERE SCHEMA_NAME = '" + database + "'")) {
                assertTrue(schema.next(), "database missing");
                assertEquals("utf8mb4", schema.getString(1));
                assertEquals("utf8mb4_unicode_ci", schema.getString(2));
            }
            try (ResultSet session = statement.executeQuery("SELECT @@SESSION.sql_mode, @@SESSION.time_zone")) {
                assertTrue(session.next());
                assertTrue(session.getString(1).contains("STRICT_TRANS_TABLES"), session.getString(1));
                assertTrue(session.getString(1).contains("ONLY_FULL_GROUP_BY"), session.getString(1));
                assertTrue(session.getString(2).matches("UTC|\\+00:00"), session.getString(2));
            }
        }
    }

    static Connection connect(DatabaseEndpoint endpoint) throws SQLException {
        return DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(), endpoint.password());
    }
}

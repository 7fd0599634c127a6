package vn.ocop.market.testengines;

import org.junit.jupiter.api.Test;
import vn.ocop.market.engines.DatabaseEndpoint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database every test JVM shares: recreated empty on request, strict like production. */
class TestEnginesDatabaseTest {

    @Test
    void testEnginesHandsOutAnEmptyDatabase() throws Exception {
        DatabaseEndpoint endpoint = TestEngines.database("ocop_engines_fresh");
        try (Connection connection = connect(endpoint); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE leftover (id INT PRIMARY KEY)");
        }
        DatabaseEndpoint again = TestEngines.database("ocop_engines_fresh");
        try (Connection connection = connect(again); Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SHOW TABLES")) {
            assertTrue(!tables.next(), "recreated database still has tables");
        }
    }

    @Test
    void strictModeRejectsTruncation() throws Exception {
        DatabaseEndpoint endpoint = TestEngines.database("ocop_engines_strict");
        try (Connection connection = connect(endpoint); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (code VARCHAR(3))");
            assertThrows(SQLException.class, () -> statement.execute("INSERT INTO t VALUES ('toolong')"));
        }
    }

    private static Connection connect(DatabaseEndpoint endpoint) throws SQLException {
        return DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(), endpoint.password());
    }
}

package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema and the code keep the rules a MariaDB Galera cluster sets (infra/deploy/README.md):
 * every table has a primary key (rows without one replicate badly or not at all), and nothing takes
 * a lock Galera does not replicate ({@code GET_LOCK}, {@code LOCK TABLES}): jobs coordinate through
 * {@code JobLocks}' lease rows.
 */
@MicronautTest(transactional = false)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class GaleraRulesTest implements TestEnvironment {

    private static final Pattern NODE_LOCAL_LOCKS = Pattern.compile("GET_LOCK\\s*\\(|LOCK\\s+TABLES?\\s", Pattern.CASE_INSENSITIVE);

    @Inject TestSql sql;

    @Test
    void everyTableOfTheMigratedSchemaHasAPrimaryKey() {
        List<String> tables = sql.list("SELECT table_name AS t FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", rs -> rs.getString("t"));
        assertTrue(tables.size() > 20, "the migrated schema: " + tables);
        List<String> withoutKey = sql.list("SELECT t.table_name AS t FROM information_schema.tables t "
                + "WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND NOT EXISTS ("
                + "SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema "
                + "AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY') ORDER BY t.table_name",
                rs -> rs.getString("t"));
        assertEquals(List.of(), withoutKey, "tables without a primary key");
        List<String> notInnoDb = sql.list("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'", rs -> rs.getString("t"));
        assertEquals(List.of(), notInnoDb, "Galera replicates InnoDB tables only");
    }

    @Test
    void noCodeOrMigrationTakesANodeLocalLock() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("CONTRIBUTING.md"))) {
            root = root.getParent();
        }
        List<String> offenders = new java.util.ArrayList<>();
        for (String module : new String[] {"domain", "search-index", "shop", "admin", "infra/app"}) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main"))) {
                files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                        .filter(f -> {
                            try {
                                return NODE_LOCAL_LOCKS.matcher(Files.readString(f)).find();
                            } catch (IOException e) {
                                return true;
                            }
                        })
                        .forEach(f -> offenders.add(f.toString()));
            }
        }
        assertEquals(List.of(), offenders, "GET_LOCK / LOCK TABLES are not replicated by Galera");
    }
}

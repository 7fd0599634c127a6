package vn.ocop.market.engines;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbFallbackTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopEmbeddedBeforeItsFilesAreDeleted() {
        System.clearProperty(EmbeddedDatabase.FORCE_EMBEDDED_PROPERTY);
        EmbeddedDatabase.stopEmbedded();
    }

    @Test
    void startsEmbeddedMariaDbWhenForced() throws Exception {
        System.setProperty(EmbeddedDatabase.FORCE_EMBEDDED_PROPERTY, "true");
        long started = System.nanoTime();
        DatabaseEndpoint endpoint = EmbeddedDatabase.resolve("ocop_embedded_test", dataDir);
        System.out.printf("Embedded MariaDB ready in %d ms at %s%n", (System.nanoTime() - started) / 1_000_000,
                endpoint.jdbcUrl());
        assertFalse(endpoint.jdbcUrl().contains(":3306/"), endpoint.jdbcUrl());
        DatabaseTest.assertSessionIsLikeMySql8(endpoint, "ocop_embedded_test");
    }
}

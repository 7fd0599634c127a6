package vn.ocop.market.region;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminUnitsConfigTest {

    @Test
    void thePathComesFromOcopAdminUnitsPath() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("ocop.admin-units.path", SharedData.adminUnits().toString()))) {
            AdminUnits units = context.getBean(AdminUnits.class);
            assertTrue(units.available());
            assertEquals(34, units.provinces().size());
        }
    }

    @Test
    void withoutThePathTheUnitsBundledWithTheProjectAreUsed() {
        try (ApplicationContext context = ApplicationContext.run()) {
            AdminUnits units = context.getBean(AdminUnits.class);
            assertTrue(units.available());
            assertEquals("Phường Ba Đình", units.commune("00004").orElseThrow().fullName());
        }
    }

    @Test
    void noneTurnsTheCommuneListOff() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("ocop.admin-units.path", "none"))) {
            assertFalse(context.getBean(AdminUnits.class).available());
        }
    }
}

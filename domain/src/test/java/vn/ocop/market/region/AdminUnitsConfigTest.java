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
    void withoutThePathThereIsNoCommuneList() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertFalse(context.getBean(AdminUnits.class).available());
        }
    }
}

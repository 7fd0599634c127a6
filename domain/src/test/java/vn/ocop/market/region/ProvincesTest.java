package vn.ocop.market.region;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvincesTest {

    private final Provinces provinces = new Provinces();

    @Test
    void thereAreThirtyFourProvinces() {
        assertEquals(34, provinces.all().size());
    }

    @Test
    void formerProvincesMapToTheirCurrentProvince() {
        assertEquals("Tuyên Quang", provinces.find("Hà Giang").orElseThrow().name());
        assertEquals("Ninh Bình", provinces.find("ha nam").orElseThrow().name());
        assertEquals("Hải Phòng", provinces.find("Tỉnh Hải Dương").orElseThrow().name());
        assertTrue(provinces.find("Atlantis").isEmpty());
    }
}

package vn.ocop.market.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.Vnd;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShippingFeesTest {

    private static final Provinces PROVINCES = new Provinces();
    private static final Vnd SMALL_ORDER = Vnd.of(250_000);

    private final ShippingFees fees = new ShippingFees(PROVINCES);

    @ParameterizedTest(name = "{0} g within the province costs {1}")
    @CsvSource({"1, 20000", "1000, 20000", "1001, 25000", "1500, 25000", "1501, 30000", "2000, 30000",
            "2001, 35000"})
    void sameProvinceChargesTheBaseThenEachStartedHalfKilogram(int grams, long fee) {
        ShippingFee quote = fees.quote("Thái Nguyên", "19", grams, SMALL_ORDER);
        assertEquals(ShippingFees.Rule.SAME_PROVINCE, quote.rule());
        assertEquals(Vnd.of(fee), quote.amount());
    }

    @ParameterizedTest(name = "{0} g within the region costs {1}")
    @CsvSource({"1000, 30000", "1001, 37000", "1500, 37000", "1501, 44000"})
    void sameRegionBoundaries(int grams, long fee) {
        ShippingFee quote = fees.quote("Thái Nguyên", "Hà Nội", grams, SMALL_ORDER);
        assertEquals(ShippingFees.Rule.SAME_REGION, quote.rule());
        assertEquals(Vnd.of(fee), quote.amount());
    }

    @ParameterizedTest(name = "{0} g between regions costs {1}")
    @CsvSource({"1000, 40000", "1001, 50000", "1500, 50000", "1501, 60000"})
    void otherRegionBoundaries(int grams, long fee) {
        ShippingFee quote = fees.quote("Thái Nguyên", "Cần Thơ", grams, SMALL_ORDER);
        assertEquals(ShippingFees.Rule.OTHER_REGION, quote.rule());
        assertEquals(Vnd.of(fee), quote.amount());
    }

    @Test
    void shipsFreeFromOneMillionDong() {
        ShippingFee below = fees.quote("Thái Nguyên", "Cà Mau", 5000, Vnd.of(999_999));
        assertEquals(Vnd.of(40_000 + 8 * 10_000), below.amount());
        assertFalse(below.free());
        ShippingFee at = fees.quote("Thái Nguyên", "Cà Mau", 5000, Vnd.of(1_000_000));
        assertEquals(ShippingFees.Rule.FREE, at.rule());
        assertEquals(Vnd.of(0), at.amount());
        assertTrue(at.free());
        assertEquals("Miễn phí vận chuyển cho đơn từ 1.000.000 ₫ của mỗi nhà sản xuất", at.label());
        assertEquals("Free shipping on goods from 1.000.000 ₫ per producer", at.label(Locale.ENGLISH));
    }

    @Test
    void aShipmentOfToursOnlyHasNoParcelAndNoFee() {
        ShippingFee quote = fees.quote("Thái Nguyên", "Cà Mau", 0, SMALL_ORDER);
        assertEquals(ShippingFees.Rule.NOTHING_TO_SHIP, quote.rule());
        assertTrue(quote.free());
        assertEquals("Không cần vận chuyển", quote.label());
    }

    @Test
    void formerProvincesCountAsTheProvinceTheyMergedInto() {
        assertEquals(ShippingFees.Rule.SAME_PROVINCE, fees.quote("Hà Giang", "Tuyên Quang", 800, SMALL_ORDER).rule());
        assertEquals(ShippingFees.Rule.SAME_PROVINCE, fees.quote("Bình Dương", "79", 800, SMALL_ORDER).rule());
        assertEquals(ShippingFees.Rule.SAME_REGION, fees.quote("Quảng Nam", "Huế", 800, SMALL_ORDER).rule());
    }

    @Test
    void theLabelShowsTheWorking() {
        ShippingFee quote = fees.quote("Thái Nguyên", "Hà Nội", 1600, SMALL_ORDER);
        assertEquals("Nội miền: 30.000 ₫ cho 1 kg đầu + 2 × 7.000 ₫ mỗi 500 g thêm", quote.label());
        assertEquals("Within the region: 30.000 ₫ for the first 1 kg + 2 × 7.000 ₫ per extra 500 g", quote.label(Locale.ENGLISH));
        assertEquals("Nội tỉnh: 20.000 ₫ cho 1 kg đầu", fees.quote("19", "19", 900, SMALL_ORDER).label());
    }

    @Test
    void aStoredRuleReadsInTheReadersLanguage() {
        for (int grams : new int[] {0, 900, 1600}) {
            for (Vnd goods : new Vnd[] {SMALL_ORDER, ShippingFees.FREE_FROM}) {
                ShippingFee quote = fees.quote("Thái Nguyên", "Cần Thơ", grams, goods);
                assertEquals(quote.label(Locale.ENGLISH), ShippingFees.inLanguage(quote.label(), Locale.ENGLISH));
                assertEquals(quote.label(), ShippingFees.inLanguage(quote.label(), Messages.VIETNAMESE));
            }
        }
        assertEquals("Shipping is priced once an address is chosen",
                ShippingFees.inLanguage("Phí giao hàng được tính khi chọn địa chỉ", Locale.ENGLISH));
        assertEquals("Giao hỏa tốc", ShippingFees.inLanguage("Giao hỏa tốc", Locale.ENGLISH));
    }

    @Test
    void everyCurrentProvinceHasARegion() {
        Map<ShippingRegion, Long> counts = PROVINCES.all().stream()
                .collect(Collectors.groupingBy(p -> ShippingRegion.ofProvince(p.code()).orElseThrow(), Collectors.counting()));
        assertEquals(Map.of(ShippingRegion.NORTH, 15L, ShippingRegion.CENTRAL, 11L, ShippingRegion.SOUTH, 8L), counts);
        assertEquals(ShippingRegion.NORTH, ShippingRegion.ofProvince("37").orElseThrow());
        assertEquals(ShippingRegion.CENTRAL, ShippingRegion.ofProvince("68").orElseThrow());
        assertEquals(ShippingRegion.SOUTH, ShippingRegion.ofProvince("75").orElseThrow());
        assertTrue(ShippingRegion.ofProvince("02").isEmpty());
    }

    @Test
    void rejectsAnUnknownProvinceOrANegativeWeight() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fees.quote("Thái Nguyên", "Atlantis", 500, SMALL_ORDER));
        assertEquals("toProvince", e.errors().getFirst().field());
        assertThrows(IllegalArgumentException.class, () -> fees.quote("19", "01", -1, SMALL_ORDER));
    }
}

package vn.ocop.market.order;

import java.util.Optional;
import java.util.Set;

/**
 * The three regions that carriers price by, over the 34 provinces since 1 July 2025 (official codes).
 * North: the Red River delta and northern uplands, Hà Nội to Ninh Bình. Central: Thanh Hóa to
 * Khánh Hòa and the Central Highlands (Gia Lai, Đắk Lắk, Lâm Đồng). South: Đồng Nai, Hồ Chí Minh
 * and the Mekong delta.
 */
public enum ShippingRegion {

    NORTH(Set.of("01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31",
            "33", "37")),
    CENTRAL(Set.of("38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68")),
    SOUTH(Set.of("75", "79", "80", "82", "86", "91", "92", "96"));

    private final Set<String> provinceCodes;

    ShippingRegion(Set<String> provinceCodes) {
        this.provinceCodes = provinceCodes;
    }

    /** The region of a current province, by its two-digit code. */
    public static Optional<ShippingRegion> ofProvince(String provinceCode) {
        for (ShippingRegion region : values()) {
            if (region.provinceCodes.contains(provinceCode)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}

package vn.ocop.market.region;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A commune (xã), ward (phường) or special zone (đặc khu) of a province: the lower of the two
 * levels of local government since 1 July 2025. {@code unitType} is "Xã", "Phường" or "Đặc khu";
 * {@code unitTypeEn} is "Commune", "Ward" or "Special zone".
 */
@Serdeable
public record Commune(String code, String name, String nameEn, String fullName, String fullNameEn,
                      String provinceCode, String unitType, String unitTypeEn) {
}

package vn.ocop.market.region;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A province or centrally run city as the administrative-units file names it, e.g. code "01",
 * name "Hà Nội", nameEn "Hanoi", fullName "Thành phố Hà Nội", fullNameEn "Hanoi City".
 */
@Serdeable
public record AdminProvince(String code, String name, String nameEn, String fullName, String fullNameEn) {
}

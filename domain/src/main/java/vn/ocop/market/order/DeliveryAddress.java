package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Who receives a shipment and where: a current province and commune (codes from the
 * administrative-units file when it is loaded, names always) and the street address.
 */
@Serdeable
public record DeliveryAddress(String contactName, String phone, String email, @Nullable String provinceCode,
                              String provinceName, @Nullable String communeCode, String communeName, String street) {

    public String oneLine() {
        return street + ", " + communeName + ", " + provinceName;
    }
}

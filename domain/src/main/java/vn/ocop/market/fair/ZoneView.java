package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.shared.Localized;

/** A zone of a fair ("Sản phẩm 5 sao", "Sản phẩm mới", a province's pavilion), drawn in its colour. */
@Serdeable
@MappedEntity("fair_zone")
public record ZoneView(@Id @GeneratedValue @Nullable Long id, long fairId, String name, @Nullable String nameEn,
                       String colour, int position) {

    public Localized title() {
        return Localized.pick(name, nameEn == null || nameEn.isBlank() ? name : nameEn);
    }
}

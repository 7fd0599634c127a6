package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.shared.Localized;

import java.math.BigDecimal;

/** A kind of booth at a fair: its size in metres and its fee in VND (0 for a free booth). */
@Serdeable
@MappedEntity("fair_booth_category")
public record BoothCategory(@Id @GeneratedValue @Nullable Long id, long fairId, String name, @Nullable String nameEn,
                            BigDecimal widthM, BigDecimal depthM, long feeVnd) {

    public Localized title() {
        return Localized.pick(name, nameEn == null || nameEn.isBlank() ? name : nameEn);
    }

    public boolean free() {
        return feeVnd == 0;
    }
}

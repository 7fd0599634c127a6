package vn.ocop.market.fair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an officer fills in for a showroom or point of sale, with the producers and products it carries. */
@Serdeable
public record ShowroomDraft(@Nullable String name, @Nullable String nameEn, @Nullable String address,
                            @Nullable String provinceCode, @Nullable String communeCode,
                            @Nullable String openingHours, @Nullable String phone, @Nullable String description,
                            List<Long> producerIds, List<Long> productIds) {
}

package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The photo ids of a photo change as stored in {@code product_change.image_ids}: comma-separated, cover first. */
final class PhotoIds {

    private PhotoIds() {
    }

    static List<Long> parse(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    static String format(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}

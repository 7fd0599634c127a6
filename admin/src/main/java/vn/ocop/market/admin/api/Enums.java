package vn.ocop.market.admin.api;

import vn.ocop.market.shared.FieldError;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values from API bodies, with a field error naming the accepted values. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "api.enum.required", accepted));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "api.enum.unknown", value, accepted));
            return null;
        }
    }
}

package vn.ocop.market.shared;

import io.micronaut.serde.annotation.Serdeable;

/** A problem with one input field, worded for people in Vietnamese and English. */
@Serdeable
public record FieldError(String field, String message, String messageEn) {
}

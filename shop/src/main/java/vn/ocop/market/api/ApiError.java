package vn.ocop.market.api;

import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.shared.FieldError;

import java.util.List;

/** The JSON body of every API error: a code, a sentence, and field errors where they apply. */
@Serdeable
public record ApiError(int status, String error, String message, List<FieldError> errors) {
}

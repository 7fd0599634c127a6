package vn.ocop.market.api;

import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Messages;

import java.util.List;
import java.util.Locale;

/** The JSON body of every API error: a code, a sentence, and field errors where they apply. */
@Serdeable
public record ApiError(int status, String error, String message, List<Field> errors) {

    /** A field error as clients read it: the field, its message code, and the message in Vietnamese and in English. */
    @Serdeable
    public record Field(String field, String code, String message, String messageEn) {

        public static Field of(FieldError error) {
            return new Field(error.field(), error.code(), error.text(Messages.VIETNAMESE), error.text(Locale.ENGLISH));
        }
    }

    /** The field errors, worded for clients. */
    public static List<Field> fields(List<FieldError> errors) {
        return errors.stream().map(Field::of).toList();
    }
}

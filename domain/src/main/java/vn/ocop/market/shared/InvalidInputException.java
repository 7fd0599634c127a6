package vn.ocop.market.shared;

import java.util.List;
import java.util.Locale;

/** Input rejected before anything was written; carries one error per offending field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.text(Locale.ENGLISH)).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    /** One error: the field, the message code and its arguments (see {@link FieldError}). */
    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldError.of(field, code, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package vn.ocop.market.shared;

import java.util.List;

/** Input rejected before anything was written; carries one error per offending field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageEn()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message, String messageEn) {
        return new InvalidInputException(List.of(new FieldError(field, message, messageEn)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

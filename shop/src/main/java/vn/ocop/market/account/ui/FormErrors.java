package vn.ocop.market.account.ui;

import com.vaadin.flow.component.HasValidation;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.ui.I18n;

import java.util.List;
import java.util.Map;

/** Puts the domain's field errors on the fields they name, in the page's language. */
public final class FormErrors {

    private FormErrors() {
    }

    /** Clears every field, then marks those named; an error for an unknown field lands on {@code fallback}. */
    public static void show(Map<String, ? extends HasValidation> fields, HasValidation fallback, List<FieldError> errors) {
        fields.values().forEach(f -> f.setInvalid(false));
        fallback.setInvalid(false);
        for (FieldError error : errors) {
            HasValidation field = fields.containsKey(error.field()) ? fields.get(error.field()) : fallback;
            field.setErrorMessage(I18n.message(error));
            field.setInvalid(true);
        }
    }
}

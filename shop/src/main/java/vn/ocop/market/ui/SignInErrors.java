package vn.ocop.market.ui;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import vn.ocop.market.account.SignInRefusal;

import java.util.Optional;

/** The error a sign-in form shows: wrong e-mail or password, or how long to wait, or until when it is locked. */
public final class SignInErrors {

    private SignInErrors() {
    }

    /** Shows the error on the form (which also enables it again for the next try). */
    public static void show(LoginForm form, LoginI18n i18n, Optional<SignInRefusal> refusal) {
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (refusal.isPresent() && refusal.get().locked()) {
            error.setTitle(I18n.text("shop.signInError.lockedTitle"));
            error.setMessage(refusal.get().message(I18n.locale()));
        } else {
            error.setTitle(I18n.text("shop.signInError.wrongTitle"));
            error.setMessage(refusal.map(r -> r.message(I18n.locale()))
                    .orElse(I18n.text("shop.signInError.wrongMessage")));
        }
        form.setI18n(i18n);
        form.setError(true);
    }

    /** The text of a refusal in the reader's language. */
    public static String text(SignInRefusal refusal) {
        return refusal.message(I18n.locale());
    }
}

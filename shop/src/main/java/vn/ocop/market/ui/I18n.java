package vn.ocop.market.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The session's language and its texts. Every text people read comes from the message bundles by
 * key ({@link #text}); see {@link Messages} for where they live and how they are written.
 */
public final class I18n {

    public static final Locale VIETNAMESE = Messages.VIETNAMESE;
    public static final Locale ENGLISH = Locale.of("en");

    private I18n() {
    }

    /** The session's language; Vietnamese unless the visitor chose English. */
    public static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null ? null : session.getAttribute(Locale.class);
        return locale == null ? VIETNAMESE : locale;
    }

    /** The text for {@code key} in the session's language, filled in with the arguments. */
    public static String text(String key, Object... args) {
        return Messages.text(locale(), key, args);
    }

    /** The language after the session's one, in the order offered (for the language switch). */
    public static Locale nextLanguage() {
        var offered = Messages.languages();
        String current = Messages.language(locale());
        for (int i = 0; i < offered.size(); i++) {
            if (offered.get(i).getLanguage().equals(current)) {
                return offered.get((i + 1) % offered.size());
            }
        }
        return offered.getFirst();
    }

    /** The name of a language in that language ("English", "Tiếng Việt"), for the language switch. */
    public static String languageName(Locale language) {
        return Messages.text(language, "language.name");
    }

    /**
     * A text stored in Vietnamese with an optional English version (a product's name, description or
     * story): the English one for readers in English, the Vietnamese one otherwise.
     */
    public static String stored(String vietnamese, String english) {
        return english != null && ENGLISH.getLanguage().equals(Messages.language(locale())) ? english : vietnamese;
    }

    /** Switches the session's language and reloads the page in it. */
    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setAttribute(Locale.class, locale);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
            ui.getPage().reload();
        }
    }

    /** A field error in the session's language. */
    public static String message(FieldError error) {
        return error.text(locale());
    }

    /** Every error of a refused input, in the session's language, as one sentence list. */
    public static String messages(InvalidInputException refused) {
        return String.join(" ", refused.errors().stream().map(I18n::message).toList());
    }

    /** Dates as Vietnamese readers write them: 31/12/2026. */
    public static String day(LocalDate date) {
        return vn.ocop.market.shared.VietnameseDates.day(date);
    }

    /** The last valid day of a certificate whose validity ends at the given instant. */
    public static String lastValidDay(Instant validUntil) {
        return day(vn.ocop.market.certification.Validity.lastValidDay(validUntil));
    }
}

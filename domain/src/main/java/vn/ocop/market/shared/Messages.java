package vn.ocop.market.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text people read, by key, from the message bundles: {@code i18n/<module>/messages_<lang>.properties}
 * (UTF-8) in each module. Vietnamese is the first language and the fallback; a language is offered
 * when the domain bundle exists in it, so adding a third language is adding its files, not code.
 * Texts are {@link MessageFormat} patterns ({@code {0}} for arguments, {@code ''} for an apostrophe);
 * money and dates are passed already formatted ({@code Vnd.format}, {@code VietnameseDates.day}).
 */
public final class Messages {

    /** The bundles, one per module; a module without texts simply has no file. */
    public static final List<String> BUNDLES = List.of(
            "i18n/domain/messages", "i18n/shop/messages", "i18n/admin/messages", "i18n/app/messages");

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final String FIRST_LANGUAGE = "vi";

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static volatile List<Locale> languages;

    private Messages() {
    }

    /** The text for {@code key} in the locale's language (Vietnamese when it has none), filled in with the arguments. */
    public static String text(Locale locale, String key, Object... args) {
        String pattern = texts(language(locale)).get(key);
        if (pattern == null) {
            pattern = texts(FIRST_LANGUAGE).get(key);
        }
        if (pattern == null) {
            // A missing key is a programming error the bundle test catches; show the key, never fail a page.
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the key exists in the first language's bundles. */
    public static boolean has(String key) {
        return texts(FIRST_LANGUAGE).containsKey(key);
    }

    /** Every language offered, Vietnamese first: those with a domain bundle on the class path. */
    public static List<Locale> languages() {
        List<Locale> known = languages;
        if (known == null) {
            List<Locale> found = new ArrayList<>();
            found.add(VIETNAMESE);
            for (String language : Locale.getISOLanguages()) {
                if (!language.equals(FIRST_LANGUAGE)
                        && Messages.class.getClassLoader().getResource(BUNDLES.getFirst() + "_" + language + ".properties") != null) {
                    found.add(Locale.of(language));
                }
            }
            known = Collections.unmodifiableList(found);
            languages = known;
        }
        return known;
    }

    /** The language offered for a locale: its own when offered, Vietnamese otherwise. */
    public static String language(Locale locale) {
        if (locale == null) {
            return FIRST_LANGUAGE;
        }
        for (Locale offered : languages()) {
            if (offered.getLanguage().equals(locale.getLanguage())) {
                return offered.getLanguage();
            }
        }
        return FIRST_LANGUAGE;
    }

    /** Every key and pattern of one language, all modules together (for the bundle test). */
    public static Map<String, String> texts(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Messages::load);
    }

    private static Map<String, String> load(String language) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String bundle : BUNDLES) {
            try {
                Enumeration<URL> files = Messages.class.getClassLoader().getResources(bundle + "_" + language + ".properties");
                while (files.hasMoreElements()) {
                    Properties properties = new Properties();
                    try (InputStream in = files.nextElement().openStream()) {
                        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    for (String key : properties.stringPropertyNames()) {
                        all.put(key, properties.getProperty(key));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the message bundle " + bundle + "_" + language, e);
            }
        }
        return Collections.unmodifiableMap(all);
    }
}

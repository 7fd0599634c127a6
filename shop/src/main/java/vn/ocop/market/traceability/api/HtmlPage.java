package vn.ocop.market.traceability.api;

import io.micronaut.core.annotation.Nullable;
import vn.ocop.market.shared.HtmlText;
import vn.ocop.market.shared.Messages;

import java.util.Locale;

/**
 * A plain server-rendered page: one string built in one pass, every text escaped on the way in
 * ({@link #text}, {@link #attr}), with its head (title, description, canonical link, the other
 * languages, Open Graph) and a small inline style sheet, phone first. No script, no session.
 */
final class HtmlPage {

    /** The style sheet: one column on a phone, read at arm's length; wider screens keep the column. */
    static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
            a{color:#1b5e20}
            .top{display:flex;justify-content:space-between;align-items:center;padding:.5rem .75rem;background:#1b5e20}
            .top a{color:#fff;text-decoration:none;font-weight:600}
            main{max-width:720px;margin:0 auto;padding:0 .75rem 2rem}
            section{margin:1rem 0}
            h1{font-size:1.5rem;margin:0 0 .25rem;overflow-wrap:anywhere}
            h2{font-size:1.15rem;margin:.25rem 0 .5rem}
            .trace-header{display:flex;gap:.75rem;align-items:flex-start;margin-top:.75rem}
            .trace-photo{flex:none;width:96px;height:96px;object-fit:cover;border-radius:8px;background:#e8f0e8}
            .trace-ok{border:2px solid #2e7d32;border-radius:10px;padding:.75rem;background:#f1f8f1}
            .trace-ok #certificate-status{display:block;font-weight:600;color:#1b5e20;margin:.25rem 0 .5rem}
            .trace-danger{border:3px solid #c62828;border-radius:10px;padding:.75rem;background:#fdecea}
            .trace-danger h2,.trace-danger #certificate-status{color:#b71c1c;font-weight:700}
            .stars{color:#b8860b;font-weight:600}
            .facts{display:grid;grid-template-columns:minmax(0,1fr);gap:.1rem;margin:0}
            .facts dt{color:#57606a;font-size:.9rem}
            .facts dd{margin:0 0 .4rem;overflow-wrap:anywhere}
            .trace-timeline{list-style:none;padding:0;margin:0;border-left:3px solid #9e9e9e}
            .trace-timeline li{position:relative;padding:0 0 .8rem 1rem;display:flex;flex-direction:column}
            .trace-timeline li::before{content:"";position:absolute;left:-8px;top:.3rem;width:13px;height:13px;border-radius:50%;background:#2e7d32}
            .trace-when{color:#57606a;font-size:.9rem}
            .trace-what{font-weight:600}
            .buy-again{display:block;text-align:center;padding:.8rem;border-radius:8px;background:#2e7d32;color:#fff;font-weight:600;text-decoration:none;margin:1rem 0}
            form{display:flex;flex-direction:column;gap:.5rem;max-width:480px}
            input,select,button{font:inherit;padding:.55rem;border:1px solid #8c959f;border-radius:6px;width:100%}
            button{background:#1b5e20;color:#fff;border:0;font-weight:600}
            .field-error{color:#b71c1c}
            @media (min-width:601px){.facts{grid-template-columns:max-content 1fr;gap:.4rem 1.5rem}.facts dd{margin:0}}
            """.replace("\n", "");

    private final StringBuilder out = new StringBuilder(8192);

    /**
     * Opens the page: the head and the top bar (the site's name, the switch to the other language).
     *
     * @param alternates the page's address in each language offered, Vietnamese first, or null when it has none
     */
    HtmlPage(Locale locale, String title, String description, @Nullable String canonical,
             @Nullable String[] alternates, @Nullable String image, String otherLanguageHref, Locale otherLanguage) {
        String lang = Messages.language(locale);
        out.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text(title)).append("</title>");
        meta("name", "description", description);
        if (canonical != null) {
            out.append("<link rel=\"canonical\" href=\"").append(attr(canonical)).append("\">");
            if (alternates != null) {
                for (int i = 0; i < alternates.length; i++) {
                    out.append("<link rel=\"alternate\" hreflang=\"").append(Messages.languages().get(i).getLanguage())
                            .append("\" href=\"").append(attr(alternates[i])).append("\">");
                }
            }
            meta("property", "og:url", canonical);
        }
        meta("property", "og:title", title);
        meta("property", "og:description", description);
        meta("property", "og:type", "website");
        meta("property", "og:site_name", Messages.text(locale, "shop.app.title"));
        meta("property", "og:locale", Messages.text(locale, "seo.ogLocale"));
        if (image != null) {
            meta("property", "og:image", image);
        }
        out.append("<style>").append(CSS).append("</style></head><body><header class=\"top\"><a href=\"/\">")
                .append(text(Messages.text(locale, "shop.app.title"))).append("</a><a id=\"language\" hreflang=\"")
                .append(otherLanguage.getLanguage()).append("\" href=\"").append(attr(otherLanguageHref)).append("\">")
                .append(text(Messages.text(otherLanguage, "language.name"))).append("</a></header>");
    }

    private void meta(String kind, String name, String content) {
        out.append("<meta ").append(kind).append("=\"").append(name).append("\" content=\"").append(attr(content)).append("\">");
    }

    /** Appends markup written here (never input). */
    HtmlPage raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends a text, escaped. */
    HtmlPage esc(@Nullable String value) {
        out.append(text(value));
        return this;
    }

    /** An element with an escaped text: {@code tag} may carry attributes ({@code p id="x"}). */
    HtmlPage element(String tagWithAttributes, @Nullable String value) {
        int space = tagWithAttributes.indexOf(' ');
        String tag = space < 0 ? tagWithAttributes : tagWithAttributes.substring(0, space);
        out.append('<').append(tagWithAttributes).append('>').append(text(value)).append("</").append(tag).append('>');
        return this;
    }

    /** Closes the page and gives its markup. */
    String end() {
        return out.append("</body></html>").toString();
    }

    /** A text in an element's content. */
    static String text(@Nullable String value) {
        return HtmlText.text(value);
    }

    /** A text in a quoted attribute value. */
    static String attr(@Nullable String value) {
        return HtmlText.attr(value);
    }
}

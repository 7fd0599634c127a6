package vn.ocop.market.shared;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Producer-written text may carry simple formatting, never scripts or foreign markup. */
public final class SafeHtml {

    private SafeHtml() {
    }

    /** Keeps basic text formatting (paragraphs, bold, lists, links) and drops everything else. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        return Jsoup.clean(html, Safelist.basic());
    }
}

package vn.ocop.market.ui;

import com.vaadin.flow.component.html.Span;
import vn.ocop.market.certification.Stars;
import vn.ocop.market.shared.HtmlText;

/** The OCOP star rank as a badge: "★★★★ 4 sao OCOP". */
public class StarBadge extends Span {

    public StarBadge(int stars) {
        setText(label(stars));
        addClassNames("star-badge", "stars-" + stars);
        getElement().setAttribute("title", Stars.glyphs(stars));
        getElement().setAttribute("data-stars", Integer.toString(stars));
    }

    /** The same badge as markup, for a part of a page built as one piece of HTML (the product cards). */
    public static String html(int stars) {
        return "<span class=\"star-badge stars-" + stars + "\" title=\"" + HtmlText.attr(Stars.glyphs(stars))
                + "\" data-stars=\"" + stars + "\">" + HtmlText.text(label(stars)) + "</span>";
    }

    private static String label(int stars) {
        return "★".repeat(stars) + " " + I18n.text("shop.starBadge.label", stars);
    }
}

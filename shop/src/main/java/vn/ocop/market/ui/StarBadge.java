package vn.ocop.market.ui;

import com.vaadin.flow.component.html.Span;
import vn.ocop.market.certification.Stars;

/** The OCOP star rank as a badge: "★★★★ 4 sao OCOP". */
public class StarBadge extends Span {

    public StarBadge(int stars) {
        setText("★".repeat(stars) + " " + I18n.text("shop.starBadge.label", stars));
        addClassNames("star-badge", "stars-" + stars);
        getElement().setAttribute("title", Stars.glyphs(stars));
        getElement().setAttribute("data-stars", Integer.toString(stars));
    }
}

package vn.ocop.market.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.order.ui.OrderBadges;
import vn.ocop.market.ui.I18n;

import java.util.List;

/** The account page's news from followed producers: their new products, the newest first. */
final class FollowedNews {

    /** How many notices the page shows. */
    static final int SHOWN = 20;

    private FollowedNews() {
    }

    static Section of(List<Notice> notices) {
        Section section = new Section(new H2(I18n.text("account.mine.news")));
        section.setId("followed-news");
        if (notices.isEmpty()) {
            section.add(new Paragraph(I18n.text("account.mine.noNews")));
        }
        for (Notice n : notices) {
            Span when = new Span(OrderBadges.when(n.createdAt()));
            when.addClassName("news-when");
            Div item = new Div(new Span(n.title()), when, new Paragraph(n.body()));
            item.addClassName("followed-news-item");
            section.add(item);
        }
        return section;
    }
}

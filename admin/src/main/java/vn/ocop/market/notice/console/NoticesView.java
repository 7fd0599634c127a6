package vn.ocop.market.notice.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.notice.Notice;
import vn.ocop.market.notice.Notices;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A producer's notices about its certificates; the producer id comes from the session, never the URL. */
@Prototype
@Route(value = "admin/notices", layout = AdminLayout.class)
@ConsoleRoles(Role.PRODUCER)
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public NoticesView(Notices notices) {
        add(new H2(I18n.text("console.notices.title")));
        Long producerId = CurrentUser.get().map(SignedInUser::producerId).orElse(null);
        List<Notice> list = producerId == null ? List.of() : notices.forProducer(producerId);
        if (list.isEmpty()) {
            add(new Paragraph(I18n.text("console.notices.none")));
        }
        for (Notice n : list) {
            Span when = new Span(WHEN.format(n.createdAt()));
            when.addClassName("notice-when");
            Div card = new Div(new H3(n.title()), when, new Paragraph(n.body()));
            card.addClassNames("notice-card", n.kind().equals(Notice.EXPIRED) ? "notice-expired" : "notice-expiring");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.notices.pageTitle");
    }
}

package vn.ocop.market.live.console;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.live.LiveChat;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/** The chat moderation of one live event on its own page, for its producer and the officers. */
@Prototype
@Route(value = "admin/live/:eventId/chat", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class LiveChatView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveChat chat;

    public LiveChatView(LiveChat chat) {
        this.chat = chat;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return; // the frame sends the visitor to sign in
        }
        long eventId = LiveReportView.eventId(event);
        if (eventId <= 0 || !chat.mayModerate(user, eventId)) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, I18n.text("console.live.notFound"));
            return;
        }
        removeAll();
        add(new ChatModerationPanel(chat, user, eventId));
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.live.chat.pageTitle");
    }
}

package vn.ocop.market.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.live.LiveChat;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LivePaths;
import vn.ocop.market.live.LiveReminders;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.UUID;

/**
 * A live event's page, phone first: the video, the pinned product card above the chat, the shelf of
 * featured items and the viewer count. While the event is scheduled or live, the page turns Vaadin's
 * push on for its UI (only here) and {@link LiveHub} pushes each new state to it; an ended event is
 * its replay page (the recording, the same products at their normal prices).
 */
@Prototype
@Route(value = "truc-tiep/:id", layout = ShopLayout.class)
public class LivePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveEvents events;
    private final LiveReminders reminders;
    private final LiveHub hub;
    private final LiveCheckout checkout;
    private final LiveChat liveChat;
    private final LiveChatFeed chatFeed;
    private final String viewerKey = UUID.randomUUID().toString();
    private final LivePlayer player = new LivePlayer();
    private final Div pinned = new Div();
    private final Div chat = new Div();
    private final Div shelf = new Div();
    private final Span status = new Span();
    private final Span viewers = new Span();
    private final Div remind = new Div();
    private LiveState state;
    private Registration watching;

    public LivePageView(LiveEvents events, LiveReminders reminders, LiveHub hub, LiveCheckout checkout, LiveChat liveChat,
                        LiveChatFeed chatFeed) {
        this.events = events;
        this.liveChat = liveChat;
        this.chatFeed = chatFeed;
        this.reminders = reminders;
        this.hub = hub;
        this.checkout = checkout;
        addClassName("live-page");
        pinned.setId("live-pinned");
        pinned.addClassName("live-pinned");
        chat.setId("live-chat");
        chat.addClassName("live-chat");
        shelf.setId("live-shelf");
        shelf.addClassName("live-shelf");
        status.setId("live-status");
        status.addClassName("live-status");
        viewers.setId("live-viewers");
        viewers.addClassName("live-viewers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        LiveState s = id <= 0 ? null : events.find(id).filter(e -> e.status() != LiveStatus.CANCELLED)
                .map(e -> events.state(id)).orElse(null);
        if (s == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("live.page.notFound"));
            return;
        }
        removeAll();
        H1 title = new H1(s.event().title());
        title.setId("live-title");
        Anchor producer = new Anchor(ProducerPaths.page(s.producerSlug()), s.producerName());
        producer.setId("live-producer");
        Div head = new Div(status, viewers);
        head.addClassName("live-head");
        Div stage = new Div(player, head, title, new Paragraph(producer), remind);
        stage.addClassName("live-stage");
        chat.removeAll();
        chat.add(new LiveChatPanel(liveChat, chatFeed, id));
        Div side = new Div(pinned, chat, shelf);
        side.addClassName("live-side");
        add(new Anchor(LivePaths.LIST, I18n.text("live.page.allLives")), stage, side);
        if (s.event().description() != null) {
            Paragraph about = new Paragraph(s.event().description());
            about.addClassName("live-description");
            stage.add(about);
        }
        show(s);
    }

    /** Renders a state (the first, then each one the hub pushes). */
    void show(LiveState s) {
        state = s;
        status.setText(I18n.text("live.status." + s.status().name()));
        status.getElement().setAttribute("data-status", s.status().name());
        player.show(s, events.replayKept().toDays());
        remind.removeAll();
        if (s.status() == LiveStatus.SCHEDULED) {
            remind.add(LiveRemindMe.of(reminders, s.event()));
        }
        LiveProducts.pinned(pinned, s, this::buy);
        LiveProducts.shelf(shelf, s, this::buy);
    }

    private void buy(LiveState.Item item) {
        checkout.buy(state, item);
    }

    void audience(int count) {
        viewers.setText(I18n.text("live.page.viewers", count));
        viewers.getElement().setAttribute("data-count", Integer.toString(count));
    }

    /** The state shown now (tests read it). */
    LiveState state() {
        return state;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (state == null || state.status() == LiveStatus.ENDED) {
            return;
        }
        UI ui = attach.getUI();
        try {
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        } catch (IllegalStateException e) {
            // No push in this deployment: the page asks every second instead.
            ui.setPollInterval(1000);
        }
        watching = hub.watch(state.event().id(), ui, viewerKey, this::show, this::audience);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (watching != null) {
            watching.remove();
            watching = null;
            UI ui = detach.getUI();
            if (ui.getPushConfiguration().getPushMode().isEnabled()) {
                ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
            }
            ui.setPollInterval(-1);
        }
        super.onDetach(detach);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("live.page.pageTitle", state == null ? "" : state.event().title());
    }
}

package vn.ocop.market.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.live.ChatMessage;
import vn.ocop.market.live.ChatText;
import vn.ocop.market.live.LiveChat;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.List;

/**
 * The chat beside a live video: the newest messages (new ones arrive by push from {@link LiveChatFeed}),
 * and for a signed-in shopper a box to write in; someone not signed in is offered the sign-in page, which
 * returns to the live page. A held message (a link or a phone number) is shown to its author, marked as
 * waiting for approval, and to the moderators.
 */
public class LiveChatPanel extends Div {

    private final LiveChat chat;
    private final LiveChatFeed feed;
    private final long eventId;
    private final SignedInUser viewer;
    private final boolean moderator;
    private final Div messages = new Div();
    private final Span error = new Span();
    private UI ui;

    public LiveChatPanel(LiveChat chat, LiveChatFeed feed, long eventId) {
        this.chat = chat;
        this.feed = feed;
        this.eventId = eventId;
        this.viewer = CurrentUser.get().orElse(null);
        this.moderator = chat.mayModerate(viewer, eventId);
        addClassName("live-chat-panel");
        setId("live-chat-panel");
        messages.setId("live-chat-messages");
        messages.addClassName("live-chat-messages");
        messages.getElement().setAttribute("aria-live", "polite");
        error.setId("live-chat-error");
        error.addClassName("live-chat-error");
        add(messages);
        if (viewer == null) {
            Anchor signIn = new Anchor("/dang-nhap?tiep=truc-tiep/" + eventId, I18n.text("live.chat.signInToChat"));
            signIn.setId("live-chat-sign-in");
            add(signIn);
        } else {
            add(composer(), error);
        }
        render(chat.recent(viewer, eventId, LiveChatFeed.SHOWN));
    }

    private Div composer() {
        TextField input = new TextField();
        input.setId("live-chat-input");
        input.setPlaceholder(I18n.text("live.chat.placeholder"));
        input.setMaxLength(ChatText.MAX_LENGTH);
        input.setWidthFull();
        Button send = new Button(I18n.text("live.chat.send"));
        send.setId("live-chat-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send(input));
        input.addKeyPressListener(Key.ENTER, enter -> send(input));
        Div row = new Div(input, send);
        row.addClassName("live-chat-compose");
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        return row;
    }

    void send(TextField input) {
        error.setText("");
        try {
            chat.post(viewer, eventId, input.getValue());
            input.clear();
            render(chat.recent(viewer, eventId, LiveChatFeed.SHOWN));
        } catch (InvalidInputException refused) {
            error.setText(I18n.messages(refused));
        }
    }

    long eventId() {
        return eventId;
    }

    /** New messages from the feed (any thread): filtered for this viewer, pushed to the page. */
    void show(List<ChatMessage> newest) {
        UI target = ui;
        if (target != null) {
            target.access(() -> render(newest));
        }
    }

    private void render(List<ChatMessage> newest) {
        messages.removeAll();
        Long viewerId = viewer == null ? null : viewer.id();
        for (ChatMessage m : newest) {
            if (!m.visibleTo(viewerId, moderator)) {
                continue;
            }
            Div line = new Div();
            line.addClassName("live-chat-message");
            line.getElement().setAttribute("data-id", Long.toString(m.id()));
            Span author = new Span(m.authorName());
            author.addClassName("live-chat-author");
            line.add(author, new Span(" " + m.body()));
            if (m.held()) {
                line.addClassName("held");
                Span note = new Span(" " + I18n.text("live.chat.held"));
                note.addClassName("live-chat-held");
                line.add(note);
            }
            messages.add(line);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ui = attachEvent.getUI();
        feed.register(this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        ui = null;
        feed.unregister(this);
        super.onDetach(detachEvent);
    }
}

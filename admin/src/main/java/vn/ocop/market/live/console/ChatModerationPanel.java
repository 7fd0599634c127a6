package vn.ocop.market.live.console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.live.ChatMessage;
import vn.ocop.market.live.LiveChat;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.I18n;

import vn.ocop.market.shared.ClockFactory;
import java.time.format.DateTimeFormatter;

/**
 * Chat moderation of one live event, for its producer and the officers: held messages (a link or a phone
 * number) to approve or delete, the newest messages to delete or whose author to mute, the muted shoppers
 * to unmute, and the slow mode. The page polls every two seconds while it is open.
 */
public class ChatModerationPanel extends Div {

    static final int POLL_MILLIS = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ClockFactory.VIETNAM);

    private final LiveChat chat;
    private final SignedInUser moderator;
    private final long eventId;
    final Div held = new Div();
    final Div recent = new Div();
    final Div muted = new Div();
    final IntegerField slowMode = new IntegerField(I18n.text("console.live.chat.slowMode"));
    final Button saveSlowMode = new Button(I18n.text("console.live.chat.saveSlowMode"));
    final Span message = new Span();
    private long shownVersion = -1;
    private Registration polling;

    public ChatModerationPanel(LiveChat chat, SignedInUser moderator, long eventId) {
        this.chat = chat;
        this.moderator = moderator;
        this.eventId = eventId;
        setId("chat-moderation");
        held.setId("chat-held");
        recent.setId("chat-recent");
        muted.setId("chat-muted");
        message.setId("chat-moderation-message");
        slowMode.setId("chat-slow-mode");
        slowMode.setMin(0);
        slowMode.setMax(LiveChat.MAX_SLOW_MODE);
        slowMode.setStepButtonsVisible(true);
        slowMode.setSuffixComponent(new Span(I18n.text("console.live.chat.seconds")));
        slowMode.setValue(chat.slowMode(eventId));
        saveSlowMode.setId("chat-save-slow-mode");
        saveSlowMode.addClickListener(e -> act(() -> chat.setSlowMode(moderator, eventId,
                slowMode.getValue() == null ? 0 : slowMode.getValue())));
        Div slow = new Div(slowMode, saveSlowMode);
        slow.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        add(new H3(I18n.text("console.live.chat.title")), slow, message,
                new H3(I18n.text("console.live.chat.held")), held,
                new H3(I18n.text("console.live.chat.recent")), recent,
                new H3(I18n.text("console.live.chat.muted")), muted);
        refresh();
    }

    /** Reloads the lists when the chat changed since they were shown. */
    void refresh() {
        long version = chat.versions(java.util.List.of(eventId)).getOrDefault(eventId, 0L);
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        held.removeAll();
        for (ChatMessage m : chat.held(moderator, eventId)) {
            Button approve = new Button(I18n.text("console.live.chat.approve"), e -> act(() -> chat.approve(moderator, m.id())));
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            approve.setId("chat-approve-" + m.id());
            held.add(line(m, approve, deleteButton(m), muteButton(m)));
        }
        if (held.getComponentCount() == 0) {
            held.add(new Span(I18n.text("console.live.chat.noneHeld")));
        }
        recent.removeAll();
        for (ChatMessage m : chat.feed(eventId, 50)) {
            if (!m.held()) {
                recent.add(line(m, deleteButton(m), muteButton(m)));
            }
        }
        muted.removeAll();
        for (LiveChat.MutedShopper s : chat.muted(moderator, eventId)) {
            Button unmute = new Button(I18n.text("console.live.chat.unmute"),
                    e -> act(() -> chat.unmute(moderator, eventId, s.userId())));
            unmute.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unmute.setId("chat-unmute-" + s.userId());
            muted.add(new Div(new Span(s.displayName() + " "), unmute));
        }
    }

    private Div line(ChatMessage m, Button... actions) {
        Div line = new Div(new Span(TIME.format(m.createdAt()) + " "), new Span(m.authorName() + ": "), new Span(m.body()));
        line.addClassName("chat-line");
        line.getElement().setAttribute("data-id", Long.toString(m.id()));
        for (Button b : actions) {
            line.add(new Span(" "), b);
        }
        return line;
    }

    private Button deleteButton(ChatMessage m) {
        Button delete = new Button(I18n.text("console.live.chat.delete"), e -> act(() -> chat.delete(moderator, m.id())));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setId("chat-delete-" + m.id());
        return delete;
    }

    private Button muteButton(ChatMessage m) {
        Button mute = new Button(I18n.text("console.live.chat.mute"), e -> act(() -> chat.mute(moderator, eventId, m.userId())));
        mute.addThemeVariants(ButtonVariant.LUMO_SMALL);
        mute.setId("chat-mute-" + m.id());
        return mute;
    }

    private void act(Runnable action) {
        message.setText("");
        try {
            action.run();
            message.setText(I18n.text("console.live.chat.done"));
        } catch (InvalidInputException refused) {
            message.setText(I18n.messages(refused));
        }
        shownVersion = -1;
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        int current = attachEvent.getUI().getPollInterval();
        if (current < 0 || current > POLL_MILLIS) {
            attachEvent.getUI().setPollInterval(POLL_MILLIS); // a page polling faster (the studio) keeps its pace
        }
        polling = attachEvent.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(detachEvent);
    }
}

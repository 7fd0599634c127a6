package vn.ocop.market.live.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.live.MediaServer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Live events in the console. A producer schedules and changes its events (the products on sale it
 * features, live prices, caps and limits), sees the stream key and the RTMP address once, makes a new
 * key, cancels; officers see every event.
 */
@Prototype
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
@Route(value = "admin/live", layout = AdminLayout.class)
public class LiveConsoleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ClockFactory.VIETNAM);

    final LiveEventForm form = new LiveEventForm();
    final LiveItemRows items = new LiveItemRows();
    final Button save = new Button(I18n.text("console.live.save"));
    final Button fresh = new Button(I18n.text("console.live.new"));
    final Button cancel = new Button(I18n.text("console.live.cancel"));
    final Button newKey = new Button(I18n.text("console.live.newKey"));
    final Paragraph message = new Paragraph();
    final Div key = new Div();
    final Paragraph unavailable = new Paragraph(I18n.text("console.live.unavailable"));
    final Grid<LiveEvent> events = new Grid<>();
    private final LiveEvents live;
    private final MediaServer media;
    private final Producers producers;
    private final VerticalLayout editor = new VerticalLayout();
    private LiveEvent editing;

    public LiveConsoleView(LiveEvents live, MediaServer media, Producers producers) {
        this.live = live;
        this.media = media;
        this.producers = producers;
        setWidthFull();
        save.setId("live-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        fresh.setId("live-new");
        fresh.addClickListener(e -> edit(null));
        cancel.setId("live-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancelEvent());
        newKey.setId("live-new-key");
        newKey.addClickListener(e -> regenerate());
        message.setId("live-message");
        key.setId("live-key");
        key.setVisible(false);
        unavailable.setId("live-unavailable");
        events.setId("live-events");
        events.addColumn(LiveEvent::title).setHeader(I18n.text("console.live.form.title")).setFlexGrow(3);
        events.addColumn(e -> WHEN.format(e.startsAt())).setHeader(I18n.text("console.live.form.startsAt"));
        events.addColumn(e -> I18n.text("console.live.mode." + e.mode().name())).setHeader(I18n.text("console.live.form.mode"));
        events.addColumn(e -> I18n.text("live.status." + e.status().name())).setHeader(I18n.text("console.live.status"));
        events.addComponentColumn(e -> {
            com.vaadin.flow.component.html.Anchor studio = new com.vaadin.flow.component.html.Anchor(
                    "/admin/live/" + e.id() + "/studio", I18n.text("console.live.studio"));
            studio.setId("live-studio-" + e.id());
            return studio;
        }).setAutoWidth(true);
        events.setAllRowsVisible(true);
        editor.setPadding(false);
        editor.add(new H3(I18n.text("console.live.editor")), form, new H3(I18n.text("console.live.items")),
                new Paragraph(I18n.text("console.live.items.help")), items, new HorizontalLayout(save, fresh, newKey, cancel),
                message, key);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        removeAll();
        add(new H2(I18n.text("console.live.title")));
        if (user.role() == Role.PRODUCER) {
            add(new Paragraph(I18n.text("console.live.help")));
            if (!media.available()) {
                add(unavailable);
            }
            items.offer(live.pickable(user));
            events.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));
            add(editor, new H3(I18n.text("console.live.mine")), events);
            events.setItems(live.forProducer(user.producerId()));
            edit(null);
        } else {
            Map<Long, String> names = new HashMap<>();
            List<LiveEvent> all = live.all(user, 0, LiveEvents.LIST_MAX);
            all.forEach(e -> names.computeIfAbsent(e.producerId(),
                    id -> producers.find(id).map(Producer::name).orElse("#" + id)));
            events.addColumn(e -> names.get(e.producerId())).setHeader(I18n.text("console.live.producer")).setFlexGrow(2);
            events.setItems(all);
            add(new Paragraph(I18n.text("console.live.officerHelp")), events);
        }
    }

    void edit(LiveEvent event) {
        editing = event;
        form.fill(event);
        items.fill(event == null ? List.of() : live.items(event.id()));
        boolean scheduled = event == null || event.status() == LiveStatus.SCHEDULED;
        save.setEnabled(scheduled);
        cancel.setVisible(event != null && event.status() == LiveStatus.SCHEDULED);
        newKey.setVisible(event != null && event.status() == LiveStatus.SCHEDULED && event.mode() == LiveMode.PLATFORM);
        message.setText(event == null ? "" : I18n.text("console.live.editing", event.title(),
                I18n.text("live.status." + event.status().name())));
        key.setVisible(false);
    }

    void save() {
        SignedInUser user = CurrentUser.get().orElseThrow();
        try {
            LiveEvents.Scheduled s = editing == null ? live.schedule(user, form.draft(items.items()))
                    : live.update(user, editing.id(), form.draft(items.items()));
            events.setItems(live.forProducer(user.producerId()));
            edit(s.event());
            message.setText(I18n.text("console.live.saved", s.event().title()));
            if (s.streamKey() != null) {
                showKey(s.streamKey());
            }
        } catch (InvalidInputException e) {
            form.show(e.errors());
            items.show(e.errors());
            message.setText(I18n.messages(e));
        }
    }

    void cancelEvent() {
        if (editing == null) {
            return;
        }
        SignedInUser user = CurrentUser.get().orElseThrow();
        try {
            live.cancel(user, editing.id());
            events.setItems(live.forProducer(user.producerId()));
            edit(live.find(editing.id()).orElse(null));
            message.setText(I18n.text("console.live.cancelled"));
        } catch (InvalidInputException e) {
            message.setText(I18n.messages(e));
        }
    }

    void regenerate() {
        if (editing == null) {
            return;
        }
        try {
            showKey(live.regenerateKey(CurrentUser.get().orElseThrow(), editing.id()));
        } catch (InvalidInputException e) {
            message.setText(I18n.messages(e));
        }
    }

    /** The key and the RTMP address, shown this once, with what to enter in OBS. */
    private void showKey(String streamKey) {
        key.removeAll();
        Paragraph value = new Paragraph(I18n.text("console.live.key.value", streamKey));
        value.setId("live-key-value");
        Paragraph server = new Paragraph(I18n.text("console.live.key.server", media.rtmpUrl()));
        server.setId("live-key-server");
        key.add(new H3(I18n.text("console.live.key.title")), value, server,
                new Paragraph(I18n.text("console.live.key.once")), new Paragraph(I18n.text("console.live.key.obs")));
        if (!media.available()) {
            key.add(new Paragraph(I18n.text("console.live.unavailable")));
        }
        key.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.live.title");
    }
}

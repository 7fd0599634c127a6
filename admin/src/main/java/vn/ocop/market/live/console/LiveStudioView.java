package vn.ocop.market.live.console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.live.FlashSales;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveChat;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.live.LiveSales;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.live.MediaServer;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * A live event's studio: its status (with the RTMP address to stream to), ending it, pinning a
 * featured item for every viewer, starting a flash sale with a countdown, the shelf with the live
 * units left, and the orders and revenue as they come in (the page polls every few seconds). Only
 * the event's producer acts here; officers read. Another producer's event is not found.
 */
@Prototype
@Route(value = "admin/live/:eventId/studio", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class LiveStudioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 3000;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ClockFactory.VIETNAM);

    final H2 title = new H2();
    final Span status = new Span();
    final Paragraph rtmp = new Paragraph();
    final Button end = new Button(I18n.text("console.studio.end"));
    final Button unpin = new Button(I18n.text("console.studio.unpin"));
    final Paragraph message = new Paragraph();
    final Paragraph totals = new Paragraph();
    final Grid<LiveSales.Sale> sales = new Grid<>();
    StudioShelf shelf;
    FlashSaleForm flash;
    private final LiveEvents live;
    private final FlashSales flashSales;
    private final LiveSales liveSales;
    private final MediaServer media;
    private final Clock clock;
    private final LiveChat chat;
    private SignedInUser user;
    private LiveEvent event;
    private boolean owner;
    private Registration polling;

    public LiveStudioView(LiveEvents live, FlashSales flashSales, LiveSales liveSales, MediaServer media, Clock clock,
                          LiveChat chat) {
        this.live = live;
        this.chat = chat;
        this.flashSales = flashSales;
        this.liveSales = liveSales;
        this.media = media;
        this.clock = clock;
        setWidthFull();
        title.setId("studio-title");
        status.setId("studio-status");
        rtmp.setId("studio-rtmp");
        end.setId("studio-end");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> act(() -> live.end(user.producerId(), event.id())));
        unpin.setId("studio-unpin");
        unpin.addClickListener(e -> act(() -> live.unpin(user.producerId(), event.id())));
        message.setId("studio-message");
        message.addClassName("error-text");
        totals.setId("studio-totals");
        sales.setId("studio-sales");
        sales.setAllRowsVisible(true);
        sales.addColumn(s -> TIME.format(s.createdAt())).setHeader(I18n.text("console.studio.sales.when")).setAutoWidth(true);
        sales.addColumn(LiveSales.Sale::number).setHeader(I18n.text("console.studio.sales.order")).setAutoWidth(true);
        sales.addColumn(LiveSales.Sale::title).setHeader(I18n.text("console.studio.shelf.product")).setFlexGrow(3);
        sales.addColumn(LiveSales.Sale::quantity).setHeader(I18n.text("console.studio.sales.quantity")).setAutoWidth(true);
        sales.addColumn(s -> Vnd.format(s.unitPriceVnd())).setHeader(I18n.text("console.studio.sales.price")).setAutoWidth(true);
        sales.addColumn(s -> I18n.text("order.status." + s.status())).setHeader(I18n.text("console.studio.sales.status")).setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        user = CurrentUser.get().filter(u -> u.hasRole(Role.PRODUCER, Role.OFFICER)).orElse(null);
        if (user == null) {
            return;
        }
        try {
            long id = Long.parseLong(navigation.getRouteParameters().get("eventId").orElse(""));
            owner = user.role() == Role.PRODUCER;
            event = owner ? live.ownedBy(user.producerId(), id) : live.find(id).orElse(null);
        } catch (NumberFormatException | NotFoundException e) {
            event = null;
        }
        if (event == null) {
            navigation.rerouteToError(com.vaadin.flow.router.NotFoundException.class, I18n.text("console.studio.notFound"));
            return;
        }
        shelf = new StudioShelf(owner, item -> act(() -> live.pin(user.producerId(), event.id(), item.itemId())));
        flash = new FlashSaleForm(this::startFlash);
        removeAll();
        add(title, new HorizontalLayout(status), rtmp);
        if (owner) {
            add(new HorizontalLayout(end, unpin), message);
        }
        add(new H3(I18n.text("console.studio.shelf")), shelf, new H3(I18n.text("console.studio.flash")));
        if (owner) {
            add(flash, flash.error);
        }
        add(flash.status, new H3(I18n.text("console.studio.sales")), totals, sales,
                new Anchor("/admin/live/" + event.id() + "/report", I18n.text("console.live.report.open")),
                new ChatModerationPanel(chat, user, event.id()),
                new Anchor("/admin/live", I18n.text("console.studio.back")));
        refresh();
    }

    /** Reads the event again: status, shelf, flash sale, sales. */
    void refresh() {
        LiveState state = live.state(event.id());
        event = state.event();
        title.setText(event.title());
        status.setText(I18n.text("console.studio.status", I18n.text("live.status." + state.status().name())));
        status.getElement().setAttribute("data-status", state.status().name());
        boolean scheduledOnPlatform = state.status() == LiveStatus.SCHEDULED && event.mode() == LiveMode.PLATFORM;
        rtmp.setVisible(scheduledOnPlatform || state.status() == LiveStatus.LIVE && event.mode() == LiveMode.PLATFORM);
        rtmp.setText(media.available() ? I18n.text("console.studio.rtmp", media.rtmpUrl())
                : I18n.text("console.studio.rtmpUnavailable"));
        boolean running = state.status() == LiveStatus.LIVE || state.status() == LiveStatus.SCHEDULED;
        end.setEnabled(running);
        unpin.setEnabled(running && state.pinned() != null);
        shelf.show(state);
        flash.offer(state.listableItems());
        flash.start.setEnabled(state.status() == LiveStatus.LIVE);
        flash.show(flashSales.current(event.id()).orElse(null), clock.instant());
        LiveSales.Totals t = liveSales.totals(event.id());
        totals.setText(I18n.text("console.studio.totals", t.orders(), t.units(), Vnd.format(t.revenueVnd())));
        sales.setItems(liveSales.latest(event.id()));
    }

    private void startFlash(FlashSaleForm form) {
        form.clearErrors();
        if (form.item.getValue() == null) {
            form.error.setText(I18n.text("live.flash.itemUnknown"));
            return;
        }
        try {
            flashSales.start(user.producerId(), event.id(), form.item.getValue().itemId(), FlashSaleForm.value(form.price),
                    FlashSaleForm.value(form.cap), FlashSaleForm.value(form.countdown), FlashSaleForm.value(form.window));
            refresh();
        } catch (InvalidInputException refused) {
            form.refuse(refused);
        }
    }

    private void act(Runnable action) {
        message.setText("");
        try {
            action.run();
        } catch (InvalidInputException refused) {
            message.setText(I18n.messages(refused));
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> {
            if (event != null) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.studio.pageTitle");
    }
}

package vn.ocop.market.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveReminders;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.ShopLayout;

import java.util.List;

/** The storefront's "Live" section: live now, upcoming (with "remind me"), replays of the last 90 days. */
@Prototype
@Route(value = "truc-tiep", layout = ShopLayout.class)
public class LiveListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_SECTION = 24;

    private final LiveEvents events;
    private final Producers producers;
    private final LiveReminders reminders;

    public LiveListView(LiveEvents events, Producers producers, LiveReminders reminders) {
        this.events = events;
        this.producers = producers;
        this.reminders = reminders;
        addClassName("live-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(I18n.text("live.list.title")), new Paragraph(I18n.text("live.list.intro")));
        add(section("live-now", "live.list.now", "live.list.noneNow", events.listFor(LiveStatus.LIVE, PER_SECTION)));
        add(section("live-upcoming", "live.list.upcoming", "live.list.noneUpcoming",
                events.listFor(LiveStatus.SCHEDULED, PER_SECTION)));
        List<LiveEvent> replays = events.listFor(LiveStatus.ENDED, PER_SECTION).stream()
                .filter(events::replayAvailable).toList();
        add(section("live-replays", "live.list.replays", "live.list.noneReplays", replays));
    }

    private Section section(String id, String titleKey, String noneKey, List<LiveEvent> list) {
        Section section = new Section(new H2(I18n.text(titleKey)));
        section.setId(id);
        section.addClassName("live-section");
        section.add(list.isEmpty() ? new Paragraph(I18n.text(noneKey)) : LiveCards.grid(list, producers, reminders));
        return section;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("live.list.pageTitle");
    }
}

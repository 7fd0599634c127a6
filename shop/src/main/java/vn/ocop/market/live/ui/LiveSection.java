package vn.ocop.market.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LivePaths;
import vn.ocop.market.live.LiveReminders;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.PageSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Live" on the home page (live now, then the next ones) and on a producer's page (its coming and live events). */
@Prototype
public class LiveSection implements PageSection {

    static final int ON_HOME = 4;

    private final LiveEvents events;
    private final Producers producers;
    private final LiveReminders reminders;

    LiveSection(LiveEvents events, Producers producers, LiveReminders reminders) {
        this.events = events;
        this.producers = producers;
        this.reminders = reminders;
    }

    @Override
    public Optional<Component> home() {
        List<LiveEvent> shown = new ArrayList<>(events.listFor(LiveStatus.LIVE, ON_HOME));
        if (shown.size() < ON_HOME) {
            shown.addAll(events.listFor(LiveStatus.SCHEDULED, ON_HOME - shown.size()));
        }
        return shown.isEmpty() ? Optional.empty() : Optional.of(section("home-live", shown));
    }

    @Override
    public Optional<Component> producer(long producerId) {
        List<LiveEvent> shown = events.forProducer(producerId).stream()
                .filter(e -> e.status() == LiveStatus.LIVE || e.status() == LiveStatus.SCHEDULED
                        || events.replayAvailable(e))
                .limit(ON_HOME).toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of(section("producer-live", shown));
    }

    private Section section(String id, List<LiveEvent> shown) {
        Section section = new Section(new H2(I18n.text("live.section.title")));
        section.setId(id);
        section.addClassName("live-section");
        section.add(LiveCards.grid(shown, producers, reminders), new Anchor(LivePaths.LIST, I18n.text("live.section.all")));
        return section;
    }
}

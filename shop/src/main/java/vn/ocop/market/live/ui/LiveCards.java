package vn.ocop.market.live.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LivePaths;
import vn.ocop.market.live.LiveReminders;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.ui.I18n;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cards of live events (the live list, the home page, producer pages): title, producer, when, status. */
final class LiveCards {

    private LiveCards() {
    }

    static Div grid(List<LiveEvent> events, Producers producers, LiveReminders reminders) {
        Div grid = new Div();
        grid.addClassName("live-cards");
        Map<Long, String> names = new HashMap<>();
        for (LiveEvent e : events) {
            String producer = names.computeIfAbsent(e.producerId(),
                    id -> producers.find(id).map(Producer::name).orElse(""));
            grid.add(card(e, producer, reminders));
        }
        return grid;
    }

    static Div card(LiveEvent e, String producer, LiveReminders reminders) {
        Div card = new Div();
        card.addClassName("live-card");
        card.getElement().setAttribute("data-event", Long.toString(e.id()));
        Span status = new Span(LiveTexts.status(e));
        status.addClassName("live-status");
        status.getElement().setAttribute("data-status", e.status().name());
        Anchor title = new Anchor(LivePaths.page(e.id()), e.title());
        title.addClassName("live-card-title");
        Span who = new Span(producer);
        who.addClassName("live-card-producer");
        Span when = new Span(e.status() == LiveStatus.ENDED && e.endedAt() != null
                ? I18n.text("live.card.ended", LiveTexts.when(e.endedAt()))
                : I18n.text("live.card.starts", LiveTexts.when(e.startsAt())));
        when.addClassName("live-card-when");
        card.add(status, title, who, when);
        if (e.status() == LiveStatus.SCHEDULED) {
            card.add(LiveRemindMe.of(reminders, e));
        }
        return card;
    }
}

package vn.ocop.market.app.seo;

import jakarta.inject.Singleton;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LivePaths;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.ui.I18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@link PageMeta} of the live pages: the list, and an event (schema.org Event streamed online). */
@Singleton
class LivePages {

    private static final Pattern EVENT = Pattern.compile(LivePaths.LIST + "/(\\d{1,18})/?");

    private final LiveEvents events;
    private final PublicUrl url;

    LivePages(LiveEvents events, PublicUrl url) {
        this.events = events;
        this.url = url;
    }

    Optional<PageMeta> of(String path) {
        if (path.equals(LivePaths.LIST) || path.equals(LivePaths.LIST + "/")) {
            String title = I18n.text("live.list.title");
            String description = I18n.text("live.list.intro");
            return Optional.of(new PageMeta(I18n.text("live.list.pageTitle"), description, url.of(LivePaths.LIST),
                    "website", null, List.of(), List.of(PageMeta.Block.heading(title), PageMeta.Block.paragraph(description))));
        }
        Matcher m = EVENT.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return events.find(Long.parseLong(m.group(1))).filter(e -> e.status() != LiveStatus.CANCELLED).map(this::event);
    }

    private PageMeta event(LiveEvent e) {
        String page = url.of(LivePaths.page(e.id()));
        String description = PublicPages.shorten(e.description() == null ? e.title() : e.title() + ": " + e.description());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@type", "Event");
        event.put("name", e.title());
        event.put("description", description);
        event.put("startDate", e.startsAt().toString());
        event.put("eventStatus", "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("@type", "VirtualLocation");
        location.put("url", page);
        event.put("location", location);
        event.put("url", page);
        return new PageMeta(I18n.text("live.page.pageTitle", e.title()), description, page, "video.other", null,
                List.of(event), List.of(PageMeta.Block.heading(e.title()), PageMeta.Block.paragraph(description)));
    }
}

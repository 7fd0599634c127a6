package vn.ocop.market.live.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import vn.ocop.market.live.LiveCalendar;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LivePaths;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.ui.I18n;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /truc-tiep/:id/lich.ics}: the calendar file of an event that has not started or is live, for
 * anyone who wants a reminder without an account (in the browser's language, Vietnamese by default).
 */
public class LiveCalendarFiles implements VaadinServiceInitListener {

    private static final Pattern PATH = Pattern.compile(LivePaths.LIST + "/(\\d{1,18})/lich\\.ics");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.addRequestHandler((session, request, response) -> {
            String path = request.getPathInfo();
            Matcher m = path == null ? null : PATH.matcher(path);
            if (m == null || !m.matches()) {
                return false;
            }
            LiveEvents events = service.getInstantiator().getOrCreate(LiveEvents.class);
            Clock clock = service.getInstantiator().getOrCreate(Clock.class);
            Optional<LiveEvent> live = events.find(Long.parseLong(m.group(1)))
                    .filter(e -> e.status() == LiveStatus.SCHEDULED || e.status() == LiveStatus.LIVE);
            if (live.isEmpty()) {
                response.sendError(404, "No such live event");
                return true;
            }
            write(response, LiveCalendar.ics(live.get(), locale(request), page(request, live.get().id()),
                    clock.instant()), live.get().id());
            return true;
        });
    }

    private static void write(VaadinResponse response, String ics, long id) throws IOException {
        byte[] body = ics.getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ocop-live-" + id + ".ics\"");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    private static Locale locale(VaadinRequest request) {
        Locale asked = request.getLocale();
        return asked != null && asked.getLanguage().equals("en") ? I18n.ENGLISH : I18n.VIETNAMESE;
    }

    private static String page(VaadinRequest request, long id) {
        if (request instanceof VaadinServletRequest servlet) {
            StringBuffer url = servlet.getRequestURL();
            return url.substring(0, url.indexOf(LivePaths.LIST)) + LivePaths.page(id);
        }
        return LivePaths.page(id);
    }
}

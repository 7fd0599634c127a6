package vn.ocop.market.live.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LivePaths;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public live events API: events live now, scheduled, or ended with a replay (the last 90 days),
 * each with the featured products shoppers may buy now (a product whose certificate lapsed is left
 * out) and their live prices while those apply.
 */
@Controller("/api/live-events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LiveEventsApi {

    /** The most events of one status in an answer. */
    static final int PER_STATUS = 50;

    /** An empty list is written out, not left away. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LiveList(List<LiveItem> items) {
    }

    /** One event. {@code playbackUrl} only while streamed live on the platform; {@code externalUrl} for an external live. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LiveItem(long id, String title, String producer, Instant startsAt, String status,
                           @Nullable String playbackUrl, @Nullable String externalUrl, String url,
                           @JsonInclude(JsonInclude.Include.ALWAYS) List<Featured> featured) {
    }

    /** A featured product; the live price only while it applies, the live stock left only with a cap. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Featured(long productId, @Nullable Long variantId, @Nullable Long livePriceVnd,
                           @Nullable Integer liveStockLeft) {
    }

    private final LiveEvents events;

    LiveEventsApi(LiveEvents events) {
        this.events = events;
    }

    /** {@code ?status=SCHEDULED|LIVE|ENDED}; without it, live events, then scheduled ones, then replays. */
    @Get
    public LiveList list(@QueryValue @Nullable String status) {
        List<LiveStatus> statuses;
        if (status == null || status.isBlank()) {
            statuses = List.of(LiveStatus.LIVE, LiveStatus.SCHEDULED, LiveStatus.ENDED);
        } else {
            String s = status.strip().toUpperCase(Locale.ROOT);
            if (!List.of("SCHEDULED", "LIVE", "ENDED").contains(s)) {
                throw InvalidInputException.of("status", "live.api.status",
                        status.length() > 20 ? status.substring(0, 20) : status);
            }
            statuses = List.of(LiveStatus.valueOf(s));
        }
        List<LiveItem> items = new ArrayList<>();
        for (LiveStatus st : statuses) {
            for (LiveEvent e : events.listFor(st, PER_STATUS)) {
                items.add(item(events.state(e.id())));
            }
        }
        return new LiveList(items);
    }

    private static LiveItem item(LiveState state) {
        LiveEvent e = state.event();
        List<Featured> featured = state.listableItems().stream().map(i -> new Featured(i.productId(), i.variantId(),
                i.livePriceVnd(), i.liveStockLeft())).toList();
        return new LiveItem(e.id(), e.title(), state.producerName(), e.startsAt(), state.status().name(),
                state.playbackUrl(), e.externalUrl(), LivePaths.page(e.id()), featured);
    }
}

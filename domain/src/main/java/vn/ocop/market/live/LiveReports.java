package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report of one live event: its audience (peak and average viewers, watch time), its chat, its orders
 * and revenue (live goods counted when paid, minus refunds) and each featured product's sales and
 * conversion (paid orders holding it per distinct viewer). Its producer and the officers see it.
 */
@Singleton
public class LiveReports {

    private final LiveReportRepository repository;
    private final LiveAudience audience;
    private final LiveChat chat;

    LiveReports(LiveReportRepository repository, LiveAudience audience, LiveChat chat) {
        this.repository = repository;
        this.audience = audience;
        this.chat = chat;
    }

    /**
     * The event's report.
     *
     * @throws NotFoundException no such event, or one of another producer (nobody learns it exists)
     */
    @Transactional(readOnly = true)
    public EventReport event(SignedInUser user, long eventId) {
        LiveReportRepository.EventHead head = repository.event(eventId)
                .filter(e -> user != null && (user.hasRole(Role.OFFICER, Role.ADMIN)
                        || (user.role() == Role.PRODUCER && user.producerId() != null && user.producerId() == e.producerId())))
                .orElseThrow(() -> new NotFoundException("live event " + eventId));
        LiveAudience.AudienceFigures viewers = audience.figures(eventId);
        LiveReportRepository.Sales total = repository.total(eventId);
        Map<Long, LiveReportRepository.Sales> byItem = repository.byItem(eventId).stream()
                .collect(Collectors.toMap(LiveReportRepository.Sales::itemId, Function.identity()));
        List<ItemLine> items = repository.items(eventId).stream().map(i -> {
            LiveReportRepository.Sales s = byItem.get(i.id());
            long paidOrders = s == null ? 0 : s.paidOrders();
            return new ItemLine(i.id(), i.productId(), i.productName(), i.livePriceVnd(), i.liveStockCap(),
                    s == null ? 0 : s.units(), paidOrders, s == null ? 0 : net(s),
                    viewers.viewers() == 0 ? null : (double) paidOrders / viewers.viewers());
        }).toList();
        return new EventReport(head.id(), head.title(), head.status(), head.liveAt(), head.endedAt(),
                viewers.peakViewers(), viewers.averageViewers(), viewers.watchTime(), viewers.viewers(),
                chat.shownCount(eventId), total.orders(), total.paidOrders(), total.units(), total.paidVnd(),
                total.refundedVnd(), net(total), items);
    }

    private static long net(LiveReportRepository.Sales s) {
        return Math.subtractExact(s.paidVnd(), s.refundedVnd());
    }

    /**
     * One event's figures. {@code orders} holds every order with a live line; {@code paidOrders} those paid;
     * {@code revenueVnd} is {@code paidVnd - refundedVnd}.
     */
    public record EventReport(long eventId, String title, String status, @Nullable Instant liveAt,
                              @Nullable Instant endedAt, long peakViewers, double averageViewers, Duration watchTime,
                              long distinctViewers, long chatMessages, long orders, long paidOrders, long units,
                              long paidVnd, long refundedVnd, long revenueVnd, List<ItemLine> items) {
    }

    /** A featured product's sales; conversion is paid orders holding it per distinct viewer (null without viewers). */
    public record ItemLine(long itemId, long productId, String productName, @Nullable Long livePriceVnd,
                           @Nullable Integer liveStockCap, long units, long paidOrders, long revenueVnd,
                           @Nullable Double conversion) {
    }
}

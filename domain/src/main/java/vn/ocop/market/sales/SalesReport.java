package vn.ocop.market.sales;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.Vnd;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A producer's sales over a period of Vietnamese days, grouped by day, week (from Monday) or month:
 * orders, revenue, units, product page views and conversion, and the best-selling products.
 *
 * <p>What counts as a sale: an order the producer confirmed (confirmed, shipped, delivered) or one
 * already paid while waiting for confirmation. Cancelled and refunded orders never count; a placed
 * order not yet paid counts once confirmed. Revenue is the value of the goods (order lines), without
 * shipping. An order falls on the Vietnamese day it was placed.
 *
 * <p>Who sees what: a producer only its own figures (its id comes from the signed-in user); officers
 * any producer's; nobody else any.
 */
@Singleton
public class SalesReport {

    /** The most products the best-sellers list shows. */
    public static final int BEST = 10;
    /** The longest period one report covers. */
    public static final int MAX_DAYS = 732;

    /** One bucket of the period; its conversion is orders per view (empty without views). */
    public record Row(LocalDate start, long orders, long revenueVnd, long units, long views) {
        public OptionalDouble conversion() {
            return SalesReport.conversion(orders, views);
        }
    }

    /** One product's sales over the period; its conversion is the orders containing it per view of its page. */
    public record BestProduct(long productId, String name, long units, long revenueVnd, long orders, long views) {
        public OptionalDouble conversion() {
            return SalesReport.conversion(orders, views);
        }
    }

    /** The report: every bucket of the period (empty ones too, in order), the totals and the best products. */
    public record Report(long producerId, LocalDate from, LocalDate to, Bucket bucket, List<Row> rows, Row total,
                         List<BestProduct> best) {
    }

    private final SalesRepository repository;

    SalesReport(SalesRepository repository) {
        this.repository = repository;
    }

    /**
     * The figures of one producer from {@code from} to {@code to} (both included, Vietnamese days). A
     * producer gets its own whatever {@code producerId} says, and is refused another's; an officer names
     * the producer.
     */
    @Transactional(readOnly = true)
    public Report report(SignedInUser user, @Nullable Long producerId, LocalDate from, LocalDate to, Bucket bucket) {
        long producer = scope(user, producerId);
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "sales.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("from", "sales.period.tooLong", MAX_DAYS);
        }
        Instant start = from.atStartOfDay(ClockFactory.VIETNAM).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant();

        Map<LocalDate, SalesRepository.BucketRow> sold = new HashMap<>();
        for (SalesRepository.BucketRow row : repository.buckets(producer, start, end, bucket)) {
            sold.put(row.bucketStart(), row);
        }
        Map<LocalDate, Long> viewed = new HashMap<>();
        for (SalesRepository.ViewRow row : repository.views(producer, from, to, bucket)) {
            viewed.put(row.bucketStart(), row.views());
        }
        List<Row> rows = new ArrayList<>();
        long orders = 0;
        long revenue = 0;
        long units = 0;
        long views = 0;
        for (LocalDate day = bucket.start(from); !day.isAfter(to); day = bucket.next(day)) {
            SalesRepository.BucketRow s = sold.get(day);
            Row row = s == null ? new Row(day, 0, 0, 0, viewed.getOrDefault(day, 0L))
                    : new Row(day, s.orders(), s.revenueVnd(), s.units(), viewed.getOrDefault(day, 0L));
            rows.add(row);
            orders += row.orders();
            revenue = Math.addExact(revenue, row.revenueVnd());
            units += row.units();
            views += row.views();
        }
        List<BestProduct> best = repository.bestProducts(producer, start, end, from, to, BEST).stream()
                .map(p -> new BestProduct(p.productId(), p.productName(), p.units(), p.revenueVnd(), p.orders(), p.views()))
                .toList();
        return new Report(producer, from, to, bucket, List.copyOf(rows),
                new Row(bucket.start(from), orders, Vnd.of(revenue).amount(), units, views), best);
    }

    /** Orders per view, or empty when nothing was viewed. */
    static OptionalDouble conversion(long orders, long views) {
        return views <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) orders / views);
    }

    /** The producer whose figures this user may read. */
    private static long scope(SignedInUser user, @Nullable Long producerId) {
        if (user.role() == Role.PRODUCER && user.producerId() != null) {
            if (producerId != null && !producerId.equals(user.producerId())) {
                throw new NotFoundException("No such producer for this account");
            }
            return user.producerId();
        }
        if (user.role() == Role.OFFICER && producerId != null) {
            return producerId;
        }
        throw new NotFoundException("No sales figures for this account");
    }
}

package vn.ocop.market.report;

import vn.ocop.market.shared.Vnd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The progress report's numbers, summed once from the grouped rows, from which both the JSON
 * figures and the tables are made (so the renderings cannot disagree).
 */
final class ProgressFigures {

    final List<ProgressRepository.ProductCount> products;
    final ProgressRepository.CertificateCounts expiring;
    final ProgressRepository.CertificateCounts ended;
    final List<ProgressRepository.ProducerCount> producers;
    final List<ProgressRepository.OrderCount> orders;
    final List<ProgressRepository.GroupSales> sales;
    final double target;

    final long certifiedProducers;
    final long sellingOnline;
    final long withOrders;
    final long allProducers;
    final long orderCount;
    final long revenueVnd;

    ProgressFigures(List<ProgressRepository.ProductCount> products, ProgressRepository.CertificateCounts expiring,
                    ProgressRepository.CertificateCounts ended, List<ProgressRepository.ProducerCount> producers,
                    List<ProgressRepository.OrderCount> orders, List<ProgressRepository.GroupSales> sales, double target) {
        this.products = products;
        this.expiring = expiring;
        this.ended = ended;
        this.producers = producers;
        this.orders = orders;
        this.sales = sales;
        this.target = target;
        this.certifiedProducers = producers.stream().mapToLong(ProgressRepository.ProducerCount::certified).sum();
        this.sellingOnline = producers.stream().mapToLong(ProgressRepository.ProducerCount::sellingOnline).sum();
        this.withOrders = producers.stream().mapToLong(ProgressRepository.ProducerCount::withOrders).sum();
        this.allProducers = producers.stream().mapToLong(ProgressRepository.ProducerCount::producers).sum();
        this.orderCount = orders.stream().mapToLong(ProgressRepository.OrderCount::orders).sum();
        this.revenueVnd = Vnd.sum(orders.stream().mapToLong(ProgressRepository.OrderCount::revenueVnd));
    }

    /** Products counted by a key of their row, with every key given present. */
    Map<String, Long> products(List<String> keys, Function<ProgressRepository.ProductCount, String> key,
                               ToLongFunction<ProgressRepository.ProductCount> count) {
        Map<String, Long> out = OcopProgressReport.zeroes(keys);
        for (ProgressRepository.ProductCount row : products) {
            out.merge(key.apply(row), count.applyAsLong(row), Long::sum);
        }
        return out;
    }

    /** Products counted by place (province, or commune within the province), sorted by name. */
    Map<String, long[]> byPlace(Function<ProgressRepository.ProductCount, String> place) {
        Map<String, long[]> out = new TreeMap<>(vn.ocop.market.shared.VietnameseOrder.NAMES);
        for (ProgressRepository.ProductCount row : products) {
            long[] counts = out.computeIfAbsent(place.apply(row), k -> new long[2]);
            counts[0] += row.certified();
            counts[1] += row.listed();
        }
        return out;
    }

    long listed() {
        return products.stream().mapToLong(ProgressRepository.ProductCount::listed).sum();
    }

    long certified() {
        return products.stream().mapToLong(ProgressRepository.ProductCount::certified).sum();
    }

    Double share() {
        return certifiedProducers == 0 ? null : (double) sellingOnline / certifiedProducers;
    }

    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("listedProducts", counts(ProgressRepository.ProductCount::listed, listed()));
        out.put("certifiedProducts", counts(ProgressRepository.ProductCount::certified, certified()));
        out.put("expiringWithin30Days", expiring.within30());
        out.put("expiringWithin60Days", expiring.within60());
        out.put("expiringWithin90Days", expiring.within90());
        out.put("revokedInPeriod", ended.revoked());
        out.put("expiredInPeriod", ended.expired());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("total", allProducers);
        p.put("certified", certifiedProducers);
        p.put("sellingOnline", sellingOnline);
        p.put("withOrders", withOrders);
        if (share() != null) {
            p.put("sellingOnlineShare", share());
        }
        p.put("target", target);
        out.put("producers", p);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("count", orderCount);
        o.put("revenueVnd", revenueVnd);
        Map<String, Object> byProvince = new LinkedHashMap<>();
        for (ProgressRepository.OrderCount row : sortedOrders()) {
            byProvince.put(row.province(), Map.of("orders", row.orders(), "revenueVnd", row.revenueVnd()));
        }
        o.put("byProvince", byProvince);
        Map<String, Object> byGroup = new LinkedHashMap<>();
        for (String g : OcopProgressReport.groupKeys()) {
            ProgressRepository.GroupSales s = groupSales(g);
            byGroup.put(g, Map.of("orders", s.orders(), "units", s.units(), "revenueVnd", s.revenueVnd()));
        }
        o.put("byGroup", byGroup);
        out.put("orders", o);
        return out;
    }

    List<ProgressRepository.OrderCount> sortedOrders() {
        return orders.stream().sorted((a, b) -> vn.ocop.market.shared.VietnameseOrder.NAMES
                .compare(a.province(), b.province())).toList();
    }

    ProgressRepository.GroupSales groupSales(String group) {
        return sales.stream().filter(s -> s.productGroup().equals(group)).findFirst()
                .orElse(new ProgressRepository.GroupSales(group, 0, 0, 0));
    }

    private Map<String, Object> counts(ToLongFunction<ProgressRepository.ProductCount> count, long total) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("byStars", products(OcopProgressReport.starKeys(), r -> Integer.toString(r.stars()), count));
        out.put("byGroup", products(OcopProgressReport.groupKeys(), ProgressRepository.ProductCount::productGroup, count));
        out.put("byLevel", products(OcopProgressReport.levelKeys(), ProgressRepository.ProductCount::councilLevel, count));
        return out;
    }
}

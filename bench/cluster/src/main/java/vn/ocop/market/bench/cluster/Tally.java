package vn.ocop.market.bench.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** What the buyers and probes saw, shared by their threads. */
final class Tally {

    /** One checkout attempt: its key, what it ended as, how many sends it took. */
    record Checkout(String key, String outcome, long checkoutId, int sends, boolean race) {
    }

    final List<Checkout> checkouts = new CopyOnWriteArrayList<>();
    final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    final long started = System.nanoTime();

    void count(String what) {
        requests.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    void event(String text) {
        String line = String.format("t=%6.1fs %s", seconds(), text);
        events.add(line);
        System.out.println(line);
    }

    long outcomes(String outcome, boolean race) {
        return checkouts.stream().filter(c -> c.outcome().equals(outcome) && c.race() == race).count();
    }
}

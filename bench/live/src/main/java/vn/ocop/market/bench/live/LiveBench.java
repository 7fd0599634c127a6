package vn.ocop.market.bench.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import io.micronaut.context.ApplicationContext;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.ui.LiveHub;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.testengines.TestEngines;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pin-to-viewer latency through the live hub with N viewers of one live event, and the heap each viewer
 * costs. The application runs for real (Micronaut context, MariaDB, the hub's 250 ms poller); a viewer is
 * a Vaadin UI registered with {@code LiveHub.watch}, as the live page registers itself, whose pushes run
 * at once instead of going out over a WebSocket: the figure is the server's part of the latency (pin
 * committed → the new state built and handed to every viewer's page), not the network's.
 * Options: --viewers N (200), --pins P (60), --out FILE (bench/results/live-&lt;date&gt;.md; {@code -}: print only).
 */
public final class LiveBench {

    /** A viewer's page: pushes run at once (no session, no WebSocket). */
    static final class ViewerUi extends UI {
        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    /** One pin: the item pinned, when, and when each viewer saw it. */
    record Round(long itemId, long startNanos, long[] arrivals, CountDownLatch seen) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int viewers = Integer.parseInt(options.getOrDefault("viewers", "200"));
        int pins = Integer.parseInt(options.getOrDefault("pins", "60"));
        DatabaseEndpoint db = TestEngines.database("ocop_bench_live");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("ocop.elasticsearch.url", "http://127.0.0.1:9");
        props.put("ocop.demo.enabled", "false");
        props.put("ocop.mode", "demo");
        props.put("micronaut.server.port", "-1");
        try (ApplicationContext context = ApplicationContext.run(props)) {
            long run = System.nanoTime() % 1_000_000;
            Producer producer = context.getBean(Producers.class).register(new NewProducer("HTX Phát trực tiếp " + run,
                    ProducerType.COOPERATIVE, "Thái Nguyên", null, null, null, null, null, null, null, null));
            long[] items = new long[2];
            long eventId;
            List<Long> productIds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Product p = context.getBean(Products.class).add(new NewProduct(producer.id(), "LB-" + run + "-" + i,
                        "Chè Tân Cương " + i, null, ProductGroup.BEVERAGE, "Hộp 200 g", 200, 120_000L, 500, "Chè búp", null, null));
                context.getBean(Certifications.class).record(new RecordCertificate(p.id(), 85, CouncilLevel.PROVINCIAL,
                        run + "-" + i + "/QĐ-UBND", LocalDate.now(ZoneOffset.UTC).minusMonths(2), "UBND tỉnh Thái Nguyên",
                        null), "bench");
                productIds.add(p.id());
            }
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                eventId = insert(c, "INSERT INTO live_event (producer_id, title, starts_at, expected_minutes, mode, status,"
                        + " live_at, version, created_at) VALUES (?, 'Phiên chợ chè', ?, 120, 'PLATFORM', 'LIVE', ?, 1, ?)",
                        producer.id(), Instant.now().minusSeconds(60), Instant.now().minusSeconds(30), Instant.now());
                for (int i = 0; i < 2; i++) {
                    items[i] = insert(c, "INSERT INTO live_item (event_id, product_id, position, live_price_vnd, live_stock_cap)"
                            + " VALUES (?, ?, ?, 99000, 100)", eventId, productIds.get(i), i);
                }
            }
            LiveEvents events = context.getBean(LiveEvents.class);
            LiveHub hub = context.getBean(LiveHub.class);
            List<Object> keep = new ArrayList<>();

            // Warm-up: one extra viewer, there in both heap readings and left out of the latencies, starts the
            // hub's poller and loads what building and pushing a state needs, so the heap read "with 0
            // viewers" holds everything but the N viewers.
            CountDownLatch warm = new CountDownLatch(1);
            UI warmUi = new ViewerUi();
            keep.add(hub.watch(eventId, warmUi, "bench-" + run + "-warm", state -> warm.countDown(), count -> { }));
            boolean warmed = warm.await(30, TimeUnit.SECONDS);
            long heapWithout = heapAfterGcBytes();
            AtomicReference<Round> current = new AtomicReference<>();
            for (int v = 0; v < viewers; v++) {
                int index = v;
                UI ui = new ViewerUi();
                keep.add(hub.watch(eventId, ui, "bench-" + run + "-" + v, (LiveState state) -> {
                    Round r = current.get();
                    if (r != null && state.pinned() != null && state.pinned().itemId() == r.itemId()
                            && r.arrivals()[index] == 0) {
                        r.arrivals()[index] = System.nanoTime();
                        r.seen().countDown();
                    }
                }, count -> { }));
                keep.add(ui);
            }
            // The hub pushes a state when it changes (a page renders the current one itself), so a viewer
            // joining after the warm-up gets nothing until the first pin: count the registered viewers instead.
            boolean allStarted = hub.localViewers(eventId) == viewers + 1;
            long heapWith = heapAfterGcBytes();

            List<Double> millis = new ArrayList<>();
            int missed = 0;
            for (int p = 0; p < pins; p++) {
                Thread.sleep(300 + ThreadLocalRandom.current().nextInt(250)); // pins fall anywhere in the poll cycle
                Round r = new Round(items[p % 2], System.nanoTime(), new long[viewers], new CountDownLatch(viewers));
                current.set(r);
                events.pin(producer.id(), eventId, r.itemId());
                if (!r.seen().await(10, TimeUnit.SECONDS)) {
                    missed++;
                }
                for (long arrival : r.arrivals()) {
                    if (arrival != 0) {
                        millis.add((arrival - r.startNanos()) / 1e6);
                    }
                }
            }
            String report = report(viewers, pins, millis, missed, allStarted && warmed, heapWithout, heapWith,
                    String.join(" ", args));
            System.out.println(report);
            String target = options.getOrDefault("out", "bench/results/live-" + LocalDate.now(ZoneOffset.UTC) + ".md");
            if (target.equals("-")) {
                System.out.println("Not written (--out -); " + (keep.size() - 1) / 2 + " viewers kept to the end");
            } else {
                Path out = Path.of(target);
                if (out.getParent() != null) {
                    Files.createDirectories(out.getParent());
                }
                Files.writeString(out, report);
                System.out.println("Written to " + out + " (" + (keep.size() - 1) / 2 + " viewers kept to the end)");
            }
        }
        System.exit(0);
    }

    static String report(int viewers, int pins, List<Double> millis, int missed, boolean allStarted, long without, long with,
                         String arguments) {
        List<Double> sorted = millis.stream().sorted().toList();
        double median = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
        double p99 = sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        double max = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
        long perViewer = (with - without) / Math.max(1, viewers);
        return "# Live pin-to-viewer benchmark (" + LocalDate.now(ZoneOffset.UTC) + ")\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version")
                + ", heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB. Command: `./bench/live/run.sh"
                + (arguments.isBlank() ? "" : " " + arguments) + "`.\n\n"
                + "| viewers | pins | deliveries | missed pins | median ms | p99 ms | max ms | heap 0 viewers | heap " + viewers
                + " viewers | per viewer |\n|---|---|---|---|---|---|---|---|---|---|\n"
                + String.format(java.util.Locale.ROOT, "| %d | %d | %d | %d | %.0f | %.0f | %.0f | %.1f MB | %.1f MB | %.1f KB |%n",
                viewers, pins, millis.size(), missed, median, p99, max, without / 1048576.0, with / 1048576.0, perViewer / 1024.0)
                + (allStarted ? "" : "\nNot every viewer was registered with the hub (or the warm-up viewer got no state within 30 s).\n")
                + (with < without ? "\nThe heap shrank while the viewers were added: the per-viewer figure is below the"
                + " measurement's noise at this number of viewers.\n" : "");
    }

    private static long insert(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i] instanceof Instant t ? Timestamp.from(t) : args[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The used heap after full collections: the least of five readings, each after its own collection. */
    private static long heapAfterGcBytes() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return out;
    }
}

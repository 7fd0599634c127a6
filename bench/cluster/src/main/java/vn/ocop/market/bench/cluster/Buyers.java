package vn.ocop.market.bench.cluster;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The mixed load: buyers who browse a storefront page, search, open a product, put one or two
 * products in the cart and check out cash on delivery, again and again until the deadline; and racers
 * who each hold one unit of the same scarce product in their cart and check out together when told.
 * A checkout whose answer is lost (no answer, 5xx) is sent again with the same idempotency key.
 */
final class Buyers {

    static final String EMAIL_DOMAIN = "failover.bench";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> WORDS = List.of("chè", "mật ong", "nước mắm", "gạo", "cà phê", "tương ớt",
            "rượu", "bánh", "nem", "miến", "gốm", "mứt");
    private static final int MAX_SENDS = 40;

    private final String base;
    private final List<Long> pool;
    private final long raceProduct;
    private final Tally tally;
    final CountDownLatch raceGate = new CountDownLatch(1);
    final CountDownLatch racersReady;
    private final int racers;
    private final int buyers;
    private final List<Thread> threads = new ArrayList<>();
    /** When the buyers stop: moved once the last kill has recovered. */
    private volatile long deadline = Long.MAX_VALUE;
    /** A buyer's pause between two rounds is between half and one and a half of this. */
    private final int thinkMillis;

    Buyers(String base, List<Long> pool, long raceProduct, int buyers, int racers, int thinkMillis, Tally tally) {
        this.thinkMillis = thinkMillis;
        this.base = base;
        this.pool = pool;
        this.raceProduct = raceProduct;
        this.buyers = buyers;
        this.racers = racers;
        this.tally = tally;
        this.racersReady = new CountDownLatch(racers);
    }

    void stopAt(long nanos) {
        deadline = nanos;
    }

    void start() {
        for (int i = 0; i < racers; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().name("racer-" + n).start(() -> race(n)));
        }
        for (int i = 0; i < buyers - racers; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().name("buyer-" + n).start(() -> shop(n)));
        }
    }

    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    private void race(int n) {
        Shopper s = new Shopper(base);
        sleep(ThreadLocalRandom.current().nextInt(thinkMillis));
        Shopper.Answer added = s.post("/api/cart/items", "{\"productId\":" + raceProduct + ",\"quantity\":1}", null);
        tally.count("race add " + added.status());
        racersReady.countDown();
        try {
            raceGate.await();
        } catch (InterruptedException e) {
            return;
        }
        if (added.ok()) {
            checkout(s, "racer" + n, true);
        }
    }

    private void shop(int n) {
        Shopper s = new Shopper(base);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        sleep(r.nextInt(thinkMillis));
        int round = 0;
        while (System.nanoTime() < deadline) {
            if (round++ % 4 == 0) {
                // The storefront page (a Vaadin bootstrap) now and then, keeping this browser's session.
                tally.count("page " + s.get("/").status());
            }
            String q = URLEncoder.encode(WORDS.get(r.nextInt(WORDS.size())), StandardCharsets.UTF_8);
            Shopper.Answer found = s.get("/api/products?size=10&q=" + q);
            tally.count("search " + found.status());
            long product = pool.get(r.nextInt(pool.size()));
            tally.count("product " + s.get("/api/products/" + product).status());
            Shopper.Answer added = s.post("/api/cart/items", "{\"productId\":" + product + ",\"quantity\":"
                    + (1 + r.nextInt(2)) + "}", null);
            tally.count("cart " + added.status());
            if (r.nextBoolean()) {
                long second = pool.get(r.nextInt(pool.size()));
                tally.count("cart " + s.post("/api/cart/items", "{\"productId\":" + second + "}", null).status());
            }
            if (added.ok()) {
                checkout(s, "buyer" + n, false);
            }
            sleep(thinkMillis / 2 + r.nextInt(thinkMillis));
        }
    }

    private void checkout(Shopper s, String who, boolean race) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        String body = "{\"contactName\":\"Khách " + who + "\",\"phone\":\"0912345678\",\"email\":\"" + who + "@"
                + EMAIL_DOMAIN + "\",\"province\":\"Hà Nội\",\"commune\":\"Phường Ba Đình\","
                + "\"street\":\"12 phố Phan Đình Phùng\"}";
        for (int send = 1; send <= MAX_SENDS; send++) {
            Shopper.Answer a = s.post("/api/checkout", body, key);
            tally.count("checkout " + a.status());
            if (a.status() == 201 || a.status() == 200) {
                long id = Long.parseLong(Shopper.field(a.body(), "checkoutId").orElse("0"));
                tally.checkouts.add(new Tally.Checkout(key, a.status() == 201 ? "placed" : "repeated", id, send, race));
                return;
            }
            if (a.status() == 400 || a.status() == 409) {
                tally.checkouts.add(new Tally.Checkout(key, "refused", 0, send, race));
                return;
            }
            sleep(1500);
        }
        tally.checkouts.add(new Tally.Checkout(key, "lost", 0, MAX_SENDS, race));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

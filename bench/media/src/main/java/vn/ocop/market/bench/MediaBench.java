package vn.ocop.market.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.engines.DatabaseEndpoint;
import vn.ocop.market.media.ImageStore;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.testengines.TestEngines;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Product photos, end to end on the same engines as the tests, the application in-process in demo
 * mode (so the demo catalog and its drawn photos are loaded):
 * <ul>
 *   <li>upload-to-visible: a 4 MB camera-like JPEG goes through {@link ProductImages#add} (what the
 *       seller centre's upload calls) until the public API lists it and its card image answers 200;
 *       against a baseline measured in the same run, storing the same bytes unprocessed and fetching them;</li>
 *   <li>image bytes per product card: the card-size rendition of every demo product's cover, as served.</li>
 * </ul>
 */
public final class MediaBench {

    private static final int ROUNDS = 11;
    private static final int CARD_GOAL_BYTES = 30 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ApplicationContext context;
    private DatabaseEndpoint db;
    private String base;

    public static void main(String[] args) throws Exception {
        try {
            new MediaBench().run();
        } catch (Exception | Error e) {
            // The application's threads would keep the JVM alive; end the run with the failure.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        db = TestEngines.database("ocop_bench_media");
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.user());
        props.put("datasources.default.password", db.password());
        props.put("ocop.elasticsearch.url", TestEngines.elasticsearchUrl());
        props.put("ocop.elasticsearch.alias", "products-bench-media");
        props.put("ocop.mode", "demo");
        props.put("ocop.demo.enabled", "true");
        props.put("ocop.data-dir", Files.createTempDirectory("ocop-bench-media").toString());
        props.put("micronaut.server.port", "-1");
        props.put("micronaut.server.host", "127.0.0.1");
        long started = System.nanoTime();
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props);
        context = server.getApplicationContext();
        base = "http://127.0.0.1:" + server.getPort();
        long appUp = (System.nanoTime() - started) / 1_000_000;
        long demoPhotos = waitForDemoPhotos() - started / 1_000_000;

        List<Integer> cards = cardBytes("card");
        List<Integer> thumbs = cardBytes("thumb");
        long underGoal = cards.stream().filter(b -> b <= CARD_GOAL_BYTES).count();

        byte[] photo = cameraLikeJpeg(4_000_000);
        SignedInUser officer = context.getBean(Accounts.class).create("bench-media@ocop.vn", "Bench-media-2026!",
                "Bench", Role.OFFICER, null);
        long productId = listedProductId();
        List<Long> baseline = storeUnprocessed(photo);
        List<Long> visible = new ArrayList<>();
        int uploadedCard = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            ProductImage added = context.getBean(ProductImages.class).add(officer, productId, "camera.jpg", photo);
            String card = "/media/" + added.cardKey();
            waitUntilApiLists(productId, added);
            HttpResponse<byte[]> response = get(card);
            if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("image/")) {
                throw new IllegalStateException("card image not served: " + response.statusCode());
            }
            visible.add((System.nanoTime() - t0) / 1_000_000);
            uploadedCard = response.body().length;
            context.getBean(ProductImages.class).delete(officer, added.id());
        }

        String report = """
                # Product photo benchmark (%s)

                Machine: %d cores, JDK %s. Engines: MariaDB on 127.0.0.1 (or embedded), one Elasticsearch node;
                photos on the local disk store. Command: `./bench/media/run.sh`.

                Start in demo mode: application up in %,d ms; the %d demo products' drawn photos (two each, processed
                like uploads) all stored %,d ms after the start.

                ## Upload to visible, a %,d-byte camera-like JPEG (4000 × 3000)

                | measurement | n | median | max | ratio to baseline (median) |
                |---|---|---|---|---|
                | baseline: store the same bytes unprocessed, fetch them over `/media/` | %d | %d ms | %d ms | 1.0 |
                | `ProductImages.add` (sniff, decode, orient, three sizes, store, record) → listed by `GET /api/products/{id}` and its card image answers 200 | %d | %d ms | %d ms | %.1f |

                Card rendition of that photo: %,d bytes.

                ## Image bytes per product card (demo catalog covers, as served)

                | rendition | n | median | p90 | max | ≤ 30 kB |
                |---|---|---|---|---|---|
                | card (400 px, `srcset` default) | %d | %,d B | %,d B | %,d B | %d of %d |
                | thumbnail (160 px) | %d | %,d B | %,d B | %,d B | |
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(),
                appUp, cards.size(), demoPhotos, photo.length,
                baseline.size(), median(baseline), Collections.max(baseline),
                visible.size(), median(visible), Collections.max(visible), median(visible) / (double) Math.max(1, median(baseline)),
                uploadedCard,
                cards.size(), median(cards), percentile(cards, 90), Collections.max(cards), underGoal, cards.size(),
                thumbs.size(), median(thumbs), percentile(thumbs, 90), Collections.max(thumbs));
        System.out.println(report);
        Path out = Path.of("bench", "results", "media-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("Written to " + out);
        context.close();
    }

    /** Waits until every demo product has its two photos; answers the instant (ms, nano clock). */
    private long waitForDemoPhotos() throws Exception {
        long deadline = System.nanoTime() + 15L * 60 * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (scalar("SELECT COUNT(*) FROM product p WHERE (SELECT COUNT(*) FROM product_image i WHERE i.product_id = p.id) < 2") == 0) {
                return System.nanoTime() / 1_000_000;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("demo photos not drawn within 15 minutes");
    }

    private List<Integer> cardBytes(String rendition) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String key : strings("SELECT " + rendition + "_key FROM product_image WHERE cover")) {
            HttpResponse<byte[]> response = get("/media/" + key);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/media/" + key + " answered " + response.statusCode());
            }
            sizes.add(response.body().length);
        }
        return sizes;
    }

    private List<Long> storeUnprocessed(byte[] photo) throws Exception {
        ImageStore store = context.getBean(ImageStore.class);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            byte[] bytes = photo.clone();
            bytes[bytes.length - 3] = (byte) i; // a distinct key per round, as distinct uploads have
            String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + ".jpg";
            long t0 = System.nanoTime();
            store.put(key, bytes, "image/jpeg");
            HttpResponse<byte[]> response = get("/media/" + key);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("baseline image not served: " + response.statusCode());
            }
            times.add((System.nanoTime() - t0) / 1_000_000);
            store.delete(key);
        }
        return times;
    }

    private void waitUntilApiLists(long productId, ProductImage added) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<byte[]> response = get("/api/products/" + productId);
            if (response.statusCode() == 200) {
                Set<String> urls = new HashSet<>();
                for (JsonNode image : json.readTree(response.body()).path("images")) {
                    urls.add(image.path("url").asText());
                }
                if (urls.stream().anyMatch(u -> u.endsWith(added.cardKey()) || u.endsWith(added.zoomKey())
                        || u.endsWith(added.thumbKey()))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the API never listed the uploaded photo of product " + productId);
    }

    private long listedProductId() throws Exception {
        JsonNode items = json.readTree(get("/api/products?size=1").body());
        JsonNode first = items.isArray() ? items.path(0) : items.path("items").path(0);
        if (first.isMissingNode()) {
            throw new IllegalStateException("no listed product in the demo catalog");
        }
        return first.path("id").asLong();
    }

    /** A camera-like picture: smooth light with fine grain, encoded to about the given size. */
    static byte[] cameraLikeJpeg(int targetBytes) throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 220), 0, 1800, new Color(240, 220, 180)));
        g.fillRect(0, 0, 4000, 3000);
        g.setColor(new Color(150, 90, 30));
        g.fillRoundRect(1400, 900, 1200, 1800, 200, 200);
        g.dispose();
        Random random = new Random(42);
        int[] row = new int[4000];
        for (int y = 0; y < 3000; y++) {
            image.getRGB(0, y, 4000, 1, row, 0, 4000);
            for (int x = 0; x < 4000; x++) {
                int grain = (int) (random.nextGaussian() * 9);
                int r = clamp(((row[x] >> 16) & 0xff) + grain);
                int gr = clamp(((row[x] >> 8) & 0xff) + grain);
                int b = clamp((row[x] & 0xff) + grain);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            image.setRGB(0, y, 4000, 1, row, 0, 4000);
        }
        byte[] best = null;
        for (float quality = 0.98f; quality > 0.3f; quality -= 0.04f) {
            best = jpeg(image, quality);
            if (best.length <= targetBytes * 1.05) {
                break;
            }
        }
        return best;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(5_000_000);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private long scalar(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        return percentile(values, 50);
    }

    private static <T extends Comparable<T>> T percentile(List<T> values, int p) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}

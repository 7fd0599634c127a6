package vn.ocop.market.app;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.app.media.LocalImageStore;
import vn.ocop.market.audit.AuditEvent;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.ImageStore;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Product photos as the seller centre will use them: who may add, order, choose the cover and
 * delete (refusals audited), what lands in the store, and how /media serves it, over real HTTP.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductImagesTest implements TestEnvironment {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    @Inject ProductImages images;
    @Inject ImageStore store;
    @Inject AuditTrail audit;
    @Inject Fixtures fixtures;
    @Inject EmbeddedServer server;
    @Inject Edge edge;
    @Inject TestSql sql;

    private final HttpClient http = HttpClient.newHttpClient();
    private Producer producer;
    private Product product;
    private SignedInUser owner;

    @BeforeEach
    void aProducerWithAProduct() {
        long n = SEQ.incrementAndGet();
        producer = fixtures.producer("HTX Ảnh " + n, "Thái Nguyên");
        product = fixtures.product(producer, "Chè ảnh " + n, ProductGroup.BEVERAGE, 150_000);
        // A draft: its producer's photo changes apply at once (an approved product's wait for an
        // officer, see ModeratedPhotosAndVariantsTest).
        sql.update("UPDATE product SET published = FALSE WHERE id = ?", product.id());
        owner = new SignedInUser(900_000 + n, "chu" + n + "@htx.vn", "Chủ HTX", Role.PRODUCER, producer.id());
    }

    @Test
    void theEdgeLetsAFullSizeUploadThrough() {
        // Uploads reach the application through Vaadin, outside /api: the upload limit applies.
        assertTrue(edge.maxUploadBytes() >= vn.ocop.market.media.ImageProcessing.MAX_BYTES + 64 * 1024,
                "a 10 MB photo and its multipart envelope fit under " + edge.maxUploadBytes());
    }

    @Test
    void theDefaultStoreIsAFolderUnderTheConfiguredMediaDir() {
        LocalImageStore local = assertInstanceOf(LocalImageStore.class, store);
        assertEquals(Path.of(Holder.MEDIA_DIR).toAbsolutePath().normalize(), local.root());
    }

    @Test
    void theOwnerAddsPhotosTheFirstIsTheCoverAndEverySizeIsStored() throws Exception {
        ProductImage first = images.add(owner, product.id(), "IMG_0001.jpg", TestImages.jpegWithGps(2400, 1600));
        ProductImage second = images.add(owner, product.id(), "nhan.png", TestImages.png(800, 800));

        assertTrue(first.cover());
        assertFalse(second.cover());
        assertEquals(0, first.position());
        assertEquals(1, second.position());
        assertEquals(List.of(first.id(), second.id()), ids(images.of(product.id())));
        assertEquals(List.of(160, 400, 1200), List.of(first.thumbWidth(), first.cardWidth(), first.zoomWidth()));
        assertEquals(List.of(107, 267, 800), List.of(first.thumbHeight(), first.cardHeight(), first.zoomHeight()));
        for (String key : first.keys()) {
            try (ImageStore.StoredImage stored = store.open(key).orElseThrow()) {
                byte[] bytes = stored.content().readAllBytes();
                assertFalse(TestImages.contains(bytes, TestImages.GPS_MARK), "no metadata stored: " + key);
                assertEquals(key, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
                        + ".jpg", "the key is the hash of the bytes");
            }
        }
        assertEquals("/media/" + first.cardKey(), first.url(ImageSize.CARD));
        assertTrue(actions(product.id()).containsAll(List.of("IMAGE_ADDED")), actions(product.id()).toString());
        assertEquals(owner.email(), audit.forProduct(product.id()).getFirst().actor());
    }

    @Test
    void anotherProducersUserOrAShopperIsRefusedAuditedAndNothingIsStored() throws Exception {
        Producer other = fixtures.producer("HTX Khác " + SEQ.incrementAndGet(), "Hà Giang");
        SignedInUser stranger = new SignedInUser(800_001, "la@khac.vn", "Người lạ", Role.PRODUCER, other.id());
        SignedInUser shopper = new SignedInUser(800_002, "mua@gmail.com", "Người mua", Role.CONSUMER, null);
        SignedInUser detached = new SignedInUser(800_003, "roi@htx.vn", "Chưa gắn", Role.PRODUCER, null);
        long files = storedFiles();

        for (SignedInUser user : List.of(stranger, shopper, detached)) {
            InvalidInputException e = assertThrows(ProductImages.Refused.class,
                    () -> images.add(user, product.id(), "a.jpg", TestImages.jpeg(600, 400)));
            assertEquals("media.image.notAllowed", e.errors().getFirst().code());
        }
        assertEquals(files, storedFiles(), "nothing stored for a refused upload");
        assertEquals(List.of(), images.of(product.id()));
        List<AuditEvent> refused = audit.forProduct(product.id()).stream()
                .filter(a -> a.action().equals("IMAGE_REFUSED")).toList();
        assertEquals(3, refused.size(), refused.toString());
        assertTrue(refused.stream().anyMatch(a -> a.actor().equals("la@khac.vn")
                && a.detail().contains("producer " + other.id())), refused.toString());

        // The owner's photo, then the stranger's attempts at it.
        ProductImage photo = images.add(owner, product.id(), "a.jpg", TestImages.jpeg(600, 400));
        ProductImage extra = images.add(owner, product.id(), "b.jpg", TestImages.jpeg(500, 400));
        assertThrows(ProductImages.Refused.class, () -> images.setCover(stranger, extra.id()));
        assertThrows(ProductImages.Refused.class, () -> images.delete(stranger, photo.id()));
        assertThrows(ProductImages.Refused.class,
                () -> images.reorder(stranger, product.id(), List.of(extra.id(), photo.id())));
        assertEquals(List.of(photo.id(), extra.id()), ids(images.of(product.id())));
        assertTrue(store.open(photo.cardKey()).isPresent());
        assertEquals(6, audit.forProduct(product.id()).stream().filter(a -> a.action().equals("IMAGE_REFUSED")).count());

        // An officer may; an unknown product is not found.
        SignedInUser officer = new SignedInUser(800_004, "canbo@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
        assertEquals(3, images.add(officer, product.id(), "c.png", TestImages.png(300, 300)).position() + 1);
        assertThrows(NotFoundException.class, () -> images.add(owner, 987_654_321L, "a.jpg", TestImages.jpeg(60, 40)));
    }

    @Test
    void aBadUploadStoresNothing() throws Exception {
        long files = storedFiles();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> images.add(owner, product.id(), "anh.jpg", TestImages.png(300, 200)));
        assertEquals("media.image.extensionMismatch", e.errors().getFirst().code());
        assertThrows(InvalidInputException.class, () -> images.add(owner, product.id(), "anh.jpg",
                "not a photo".getBytes(StandardCharsets.UTF_8)));
        assertEquals(files, storedFiles());
        assertEquals(List.of(), images.of(product.id()));
    }

    @Test
    void reorderCoverAndDelete() throws Exception {
        ProductImage a = images.add(owner, product.id(), "a.jpg", TestImages.jpeg(900, 600));
        ProductImage b = images.add(owner, product.id(), "b.jpg", TestImages.jpeg(600, 900));
        ProductImage c = images.add(owner, product.id(), "c.webp", TestImages.webp());

        // The cover stays first; the rest follow the new order.
        assertEquals(List.of(a.id(), c.id(), b.id()), ids(images.reorder(owner, product.id(), List.of(c.id(), b.id(), a.id()))));
        InvalidInputException stale = assertThrows(InvalidInputException.class,
                () -> images.reorder(owner, product.id(), List.of(c.id(), b.id())));
        assertEquals("media.image.orderStale", stale.errors().getFirst().code());

        List<ProductImage> covered = images.setCover(owner, b.id());
        assertEquals(List.of(b.id(), c.id(), a.id()), ids(covered));
        assertEquals(1, covered.stream().filter(ProductImage::cover).count());

        // Deleting the cover removes its files and makes the next photo the cover.
        List<ProductImage> left = images.delete(owner, b.id());
        assertEquals(List.of(c.id(), a.id()), ids(left));
        assertTrue(left.getFirst().cover());
        assertEquals(List.of(0, 1), left.stream().map(ProductImage::position).toList());
        for (String key : b.keys()) {
            assertTrue(store.open(key).isEmpty(), "deleted from the store: " + key);
        }
        assertTrue(store.open(c.zoomKey()).isPresent());
        assertTrue(actions(product.id()).containsAll(List.of("IMAGES_REORDERED", "IMAGE_COVER_SET", "IMAGE_DELETED")));
    }

    @Test
    void theSamePhotoTwiceSharesItsFilesUntilTheLastOneIsDeleted() {
        byte[] photo = TestImages.jpeg(700, 500);
        ProductImage one = images.add(owner, product.id(), "x.jpg", photo);
        ProductImage two = images.add(owner, product.id(), "x-copy.jpg", photo);
        assertEquals(one.keys(), two.keys());
        images.delete(owner, one.id());
        assertTrue(store.open(two.cardKey()).isPresent(), "still used by the other row");
        images.delete(owner, two.id());
        assertTrue(store.open(two.cardKey()).isEmpty());
    }

    @Test
    void mediaIsServedWithImmutableCachingAnEtagAnd404ForAnythingElse() throws Exception {
        ProductImage photo = images.add(owner, product.id(), "a.jpg", TestImages.jpeg(1000, 800));
        byte[] stored;
        try (ImageStore.StoredImage s = store.open(photo.cardKey()).orElseThrow()) {
            stored = s.content().readAllBytes();
        }

        HttpResponse<byte[]> ok = get(photo.url(ImageSize.CARD), null);
        assertEquals(200, ok.statusCode());
        assertEquals("image/jpeg", ok.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", ok.headers().firstValue("Cache-Control").orElseThrow());
        String etag = ok.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + photo.cardKey() + "\"", etag);
        assertArrayEquals(stored, ok.body());
        assertEquals(400, TestImages.decode(ok.body()).getWidth());

        HttpResponse<byte[]> again = get(photo.url(ImageSize.CARD), etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        String unknown = "0".repeat(64) + ".jpg";
        assertEquals(404, get("/media/" + unknown, null).statusCode());
        assertEquals(404, get("/media/", null).statusCode());
        assertEquals(404, get("/media/" + photo.cardKey().toUpperCase(), null).statusCode());
        assertEquals(404, get("/media/" + photo.cardKey() + "/x", null).statusCode());
        assertEquals(404, get("/media/" + photo.cardKey().substring(0, 2) + "/" + photo.cardKey(), null).statusCode(),
                "the store's own folder layout is not reachable");

        // Climbing out, raw on the wire (the JDK's client would tidy these up first).
        RawHttp raw = new RawHttp(server.getPort());
        for (String target : List.of("/media/../WEB-INF/web.xml", "/media/..%2f..%2fetc%2fpasswd",
                "/media/%2e%2e/%2e%2e/etc/passwd", "/media/..\\..\\etc\\passwd", "/media/%00" + unknown,
                "/media/" + photo.cardKey().substring(0, 2) + "%2f" + photo.cardKey())) {
            RawHttp.Response response = raw.send("GET", target.getBytes(StandardCharsets.US_ASCII), null, null, null);
            assertTrue(response.status() == 404 || response.status() == 400, target + " → " + response.status());
            assertFalse(response.body().contains("root:"), target);
            assertFalse(response.contentType() != null && response.contentType().startsWith("image/"), target);
        }
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Long> ids(List<ProductImage> list) {
        return list.stream().map(ProductImage::id).toList();
    }

    private List<String> actions(long productId) {
        return audit.forProduct(productId).stream().map(AuditEvent::action).toList();
    }

    private static long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(Holder.MEDIA_DIR))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}

package vn.ocop.market.app;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import vn.ocop.market.app.media.ImageStores;
import vn.ocop.market.app.media.LocalImageStore;
import vn.ocop.market.app.media.S3ImageStore;
import vn.ocop.market.media.ImageProcessing;
import vn.ocop.market.media.ImageStore;
import vn.ocop.market.media.ProcessedImage;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both photo stores behind the one port, against real storage: a folder, and an S3-compatible
 * server (S3Proxy in this JVM, its in-memory blob store) reached through the AWS SDK over HTTP.
 */
class ImageStoresTest {

    private static final String ACCESS = "ocop-photos";
    private static final String SECRET = "s3-test-secret-0123456789abcdef";
    private static final String BUCKET = "ocop-test-photos";

    private static S3Proxy proxy;
    private static String endpoint;

    private static ProcessedImage photo;

    @BeforeAll
    static void startS3() throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                .build();
        proxy.start();
        for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(50);
        }
        endpoint = "http://127.0.0.1:" + proxy.getPort();
        try (S3Client admin = client()) {
            admin.createBucket(b -> b.bucket(BUCKET));
        }
        photo = new ImageProcessing().process("a.jpg", TestImages.jpeg(1300, 900));
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
    }

    private static S3Client client() {
        return S3Client.builder().region(Region.of("ap-southeast-1")).forcePathStyle(true)
                .endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET)))
                .build();
    }

    @Test
    void theLocalStoreKeepsFilesInsideItsFolder(@TempDir Path dir) throws Exception {
        LocalImageStore store = new LocalImageStore(dir.resolve("media"));
        roundTrip(store);
        ProcessedImage.Rendition card = photo.sizes().get(1);
        store.put(card.key(), card.bytes(), card.contentType());
        Path file = dir.resolve("media").resolve(card.key().substring(0, 2)).resolve(card.key());
        assertArrayEquals(card.bytes(), Files.readAllBytes(file));
        try (var files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-written file left");
        }
        // Only keys reach the disk.
        assertThrows(IllegalArgumentException.class, () -> store.put("../escape.jpg", card.bytes(), "image/jpeg"));
        assertThrows(IllegalArgumentException.class, () -> store.delete("../../etc/passwd"));
        assertTrue(store.open("../" + card.key()).isEmpty());
        assertFalse(Files.exists(dir.resolve("escape.jpg")));
    }

    @Test
    void theS3StoreWritesReadsAndDeletesInARealBucket() throws Exception {
        S3ImageStore store = new S3ImageStore(new S3ImageStore.S3Settings(endpoint, BUCKET, "ap-southeast-1", ACCESS, SECRET));
        try (store) {
            roundTrip(store);
            ProcessedImage.Rendition zoom = photo.sizes().get(2);
            store.put(zoom.key(), zoom.bytes(), zoom.contentType());
            try (S3Client s3 = client()) {
                HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key(zoom.key()));
                assertEquals("image/jpeg", head.contentType());
                assertEquals(zoom.bytes().length, head.contentLength());
                assertArrayEquals(zoom.bytes(), s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(zoom.key())).asByteArray());
            }
        }
        S3ImageStore wrongSecret = new S3ImageStore(new S3ImageStore.S3Settings(endpoint, BUCKET, "ap-southeast-1",
                ACCESS, "not-the-secret-0123456789abcdef"));
        try (wrongSecret) {
            ProcessedImage.Rendition thumb = photo.sizes().getFirst();
            assertThrows(RuntimeException.class, () -> wrongSecret.put(thumb.key(), thumb.bytes(), thumb.contentType()),
                    "a wrong secret is refused by the server");
        }
    }

    @Test
    void aNamedBucketSelectsS3ElseTheFolderUnderTheDataDir(@TempDir Path dir) throws Exception {
        ImageStore local = ImageStores.choose(dir.toString(), "", new S3ImageStore.S3Settings("", "", "", "", ""));
        assertEquals(dir.resolve("media").toAbsolutePath().normalize(), ((LocalImageStore) local).root());
        ImageStore own = ImageStores.choose(dir.toString(), dir.resolve("anh").toString(),
                new S3ImageStore.S3Settings("", "", "", "", ""));
        assertEquals(dir.resolve("anh").toAbsolutePath().normalize(), ((LocalImageStore) own).root());
        ImageStore s3 = ImageStores.choose(dir.toString(), "", new S3ImageStore.S3Settings(endpoint, BUCKET,
                "ap-southeast-1", ACCESS, SECRET));
        try (S3ImageStore store = (S3ImageStore) s3) {
            ProcessedImage.Rendition card = photo.sizes().get(1);
            store.put(card.key(), card.bytes(), card.contentType());
            try (S3Client client = client()) {
                assertArrayEquals(card.bytes(), client.getObjectAsBytes(b -> b.bucket(BUCKET).key(card.key())).asByteArray());
            }
            store.delete(card.key());
        }
    }

    /** Every size in, read back byte for byte with its type, deleted, gone; unknown keys are empty. */
    private static void roundTrip(ImageStore store) throws Exception {
        for (ProcessedImage.Rendition r : photo.sizes()) {
            store.put(r.key(), r.bytes(), r.contentType());
        }
        for (ProcessedImage.Rendition r : photo.sizes()) {
            try (ImageStore.StoredImage stored = store.open(r.key()).orElseThrow()) {
                assertEquals("image/jpeg", stored.contentType());
                assertEquals(r.bytes().length, stored.length());
                assertArrayEquals(r.bytes(), stored.content().readAllBytes());
            }
        }
        // Putting the same key again is harmless (content-addressed).
        ProcessedImage.Rendition thumb = photo.sizes().getFirst();
        store.put(thumb.key(), thumb.bytes(), thumb.contentType());
        for (ProcessedImage.Rendition r : photo.sizes()) {
            store.delete(r.key());
            assertTrue(store.open(r.key()).isEmpty(), "deleted: " + r.key());
        }
        store.delete(thumb.key());
        assertTrue(store.open("f".repeat(64) + ".jpg").isEmpty());
        assertTrue(store.open("not-a-key").isEmpty());
        assertEquals(3, List.copyOf(photo.sizes()).size());
    }
}

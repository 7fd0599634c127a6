package vn.ocop.market.app.media;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.media.ImageStore;

import java.nio.file.Path;

/**
 * The photo store: an S3-compatible bucket when {@code ocop.media.s3.bucket} is set (production
 * refuses half a configuration, see ConfigCheck), else a folder: {@code ocop.media.dir}, by
 * default {@code media} under the data dir.
 */
@Factory
public class ImageStores {

    private static final Logger LOG = LoggerFactory.getLogger(ImageStores.class);

    @Singleton
    ImageStore imageStore(@Value("${ocop.data-dir:data}") String dataDir,
                          @Value("${ocop.media.dir:}") String mediaDir,
                          @Value("${ocop.media.s3.endpoint:}") String endpoint,
                          @Value("${ocop.media.s3.bucket:}") String bucket,
                          @Value("${ocop.media.s3.region:}") String region,
                          @Value("${ocop.media.s3.access-key:}") String accessKey,
                          @Value("${ocop.media.s3.secret-key:}") String secretKey) {
        return choose(dataDir, mediaDir, new S3ImageStore.S3Settings(endpoint, bucket,
                region.isBlank() ? "us-east-1" : region, accessKey, secretKey));
    }

    /** The S3 store when a bucket is named, else the folder ({@code mediaDir}, or media under the data dir). */
    public static ImageStore choose(String dataDir, String mediaDir, S3ImageStore.S3Settings s3) {
        if (s3.bucket() != null && !s3.bucket().isBlank()) {
            LOG.info("Photos: S3 bucket {} at {}", s3.bucket(), s3.endpoint() == null || s3.endpoint().isBlank()
                    ? "AWS" : s3.endpoint());
            return new S3ImageStore(s3);
        }
        Path dir = mediaDir == null || mediaDir.isBlank() ? Path.of(dataDir, "media") : Path.of(mediaDir);
        LocalImageStore local = new LocalImageStore(dir);
        LOG.info("Photos: {}", local.root());
        return local;
    }
}

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
class ImageStores {

    private static final Logger LOG = LoggerFactory.getLogger(ImageStores.class);

    @Singleton
    ImageStore imageStore(@Value("${ocop.data-dir:data}") String dataDir,
                          @Value("${ocop.media.dir:}") String mediaDir,
                          @Value("${ocop.media.s3.endpoint:}") String endpoint,
                          @Value("${ocop.media.s3.bucket:}") String bucket,
                          @Value("${ocop.media.s3.region:}") String region,
                          @Value("${ocop.media.s3.access-key:}") String accessKey,
                          @Value("${ocop.media.s3.secret-key:}") String secretKey) {
        if (!bucket.isBlank()) {
            LOG.info("Photos: S3 bucket {} at {}", bucket, endpoint.isBlank() ? "AWS" : endpoint);
            return new S3ImageStore(new S3ImageStore.S3Settings(endpoint, bucket,
                    region.isBlank() ? "us-east-1" : region, accessKey, secretKey));
        }
        Path dir = mediaDir.isBlank() ? Path.of(dataDir, "media") : Path.of(mediaDir);
        LocalImageStore local = new LocalImageStore(dir);
        LOG.info("Photos: {}", local.root());
        return local;
    }
}

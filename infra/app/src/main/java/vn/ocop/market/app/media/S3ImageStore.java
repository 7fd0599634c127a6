package vn.ocop.market.app.media;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.ocop.market.media.ImageKeys;
import vn.ocop.market.media.ImageStore;

import java.net.URI;
import java.util.Optional;

/**
 * Photos in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph, a provider's object storage),
 * addressed by path ({@code endpoint/bucket/key}), which every such store understands.
 */
public final class S3ImageStore implements ImageStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3ImageStore(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(true);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        check(key);
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType)
                .cacheControl("public, max-age=31536000, immutable"), RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<StoredImage> open(String key) {
        if (!ImageKeys.isValid(key)) {
            return Optional.empty();
        }
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key));
            GetObjectResponse head = in.response();
            String type = head.contentType() == null ? ImageKeys.contentType(key) : head.contentType();
            return Optional.of(new StoredImage(in, head.contentLength(), type));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        check(key);
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public void close() {
        s3.close();
    }

    private static void check(String key) {
        if (!ImageKeys.isValid(key)) {
            throw new IllegalArgumentException("Not an image key: " + key);
        }
    }

    /** Where the bucket is and who may write to it; the endpoint is empty for AWS itself. */
    public record S3Settings(String endpoint, String bucket, String region, String accessKey, String secretKey) {
    }
}

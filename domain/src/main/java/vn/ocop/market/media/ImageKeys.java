package vn.ocop.market.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Content-addressed keys: the SHA-256 of the stored bytes in hex, then the format's extension
 * ({@code 3f…a9.jpg}). Nothing else is a key, so no key names a folder or climbs out of one.
 */
public final class ImageKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}\\.(jpg|png|webp|pdf)");

    private ImageKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The key for bytes in a format with this extension ({@code jpg}; {@code pdf} for batch documents). */
    public static String of(byte[] bytes, String extension) {
        return sha256(bytes) + "." + extension;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content type stored keys of this name are served with. */
    public static String contentType(String key) {
        String ext = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "png" -> "image/png";
            case "webp" -> "image/webp";
            case "pdf" -> "application/pdf";
            default -> "image/jpeg";
        };
    }

    /** A strong ETag for a key: the key is the hash of its bytes already. */
    public static String etag(String key) {
        return "\"" + new String(key.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII) + "\"";
    }
}

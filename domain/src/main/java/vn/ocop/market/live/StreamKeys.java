package vn.ocop.market.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Stream keys: 32 random bytes in URL-safe hex, shown once; only the SHA-256 is stored. */
public final class StreamKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StreamKeys() {
    }

    /** A new secret key, prefixed so that producers recognise it ("live_…"). */
    public static String newKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "live_" + HexFormat.of().formatHex(bytes);
    }

    /** The SHA-256 of the key, lower-case hex (what {@code live_event.stream_key_hash} holds). */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text could be a key at all (checked before hashing input from the media server). */
    public static boolean plausible(String key) {
        return key != null && key.length() >= 10 && key.length() <= 100 && key.matches("[A-Za-z0-9_\\-]+");
    }
}

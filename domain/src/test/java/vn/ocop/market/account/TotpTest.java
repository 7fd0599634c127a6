package vn.ocop.market.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The codes of RFC 6238 appendix B, and the base32 form authenticator apps read. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(sha1, Totp.code(SHA1_KEY, step, 8, "HmacSHA1"));
        assertEquals(sha256, Totp.code(SHA256_KEY, step, 8, "HmacSHA256"));
        assertEquals(sha512, Totp.code(SHA512_KEY, step, 8, "HmacSHA512"));
        // The six digits an app shows are the last six of the same number.
        assertEquals(sha1.substring(2), Totp.code(SHA1_KEY, step));
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(SHA1_KEY));
        assertArrayEquals(SHA1_KEY, Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }

    @Test
    void theDelayGrowsThenStopsAtThirtySeconds() {
        long[] expected = {0, 0, 1, 2, 4, 8, 16, 30, 30, 30};
        for (int failures = 0; failures < expected.length; failures++) {
            assertEquals(expected[failures], LoginThrottle.delaySeconds(failures), "after " + failures + " failures");
        }
    }
}

package vn.ocop.market.app;

import org.junit.jupiter.api.Test;
import vn.ocop.market.app.http.TrustedProxies;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which connections may speak for a client through forwarded headers. */
class TrustedProxiesTest {

    @Test
    void addressesAndRangesOfBothFamiliesAreMatchedExactly() {
        TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, 192.168.1.5 2001:db8::/32");
        assertTrue(proxies.trusts("10.200.3.4"));
        assertTrue(proxies.trusts("192.168.1.5"));
        assertTrue(proxies.trusts("2001:db8::1"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertFalse(proxies.trusts("192.168.1.6"));
        assertFalse(proxies.trusts("2001:db9::1"));
        assertFalse(proxies.trusts("proxy.example.vn"), "names are never looked up");
        assertFalse(proxies.trusts(null));
    }

    @Test
    void noneByDefaultAndAMistypedEntryStopsTheStart() {
        assertTrue(new TrustedProxies("").isEmpty());
        assertFalse(new TrustedProxies("").trusts("127.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies("my-proxy"));
    }
}

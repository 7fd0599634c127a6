package vn.ocop.market.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UtcConnectionsTest {

    private static final String UTC = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";

    @Test
    void aUrlWithoutParametersGetsTheUtcSettings() {
        assertEquals("jdbc:mysql://db:3306/ocop?" + UTC, UtcConnections.enforce("jdbc:mysql://db:3306/ocop"));
    }

    @Test
    void anotherZoneInTheUrlIsReplacedAndOtherSettingsKept() {
        assertEquals("jdbc:mysql://db/ocop?characterEncoding=UTF-8&sslMode=REQUIRED&" + UTC,
                UtcConnections.enforce("jdbc:mysql://db/ocop?characterEncoding=UTF-8&connectionTimeZone=Asia/Ho_Chi_Minh"
                        + "&SERVERTIMEZONE=Asia/Bangkok&sslMode=REQUIRED&forceConnectionTimeZoneToSession=false"));
    }
}

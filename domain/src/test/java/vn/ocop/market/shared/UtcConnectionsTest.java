package vn.ocop.market.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UtcConnectionsTest {

    private static final String UTC = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";
    private static final String ROUND_TRIPS = "useLocalSessionState=true&readOnlyPropagatesToServer=false"
            + "&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&cacheServerConfiguration=true";

    @Test
    void aUrlWithoutParametersGetsTheUtcAndRoundTripSettings() {
        assertEquals("jdbc:mysql://db:3306/ocop?" + ROUND_TRIPS + "&" + UTC,
                UtcConnections.enforce("jdbc:mysql://db:3306/ocop"));
    }

    @Test
    void anotherZoneInTheUrlIsReplacedAndOtherSettingsKept() {
        assertEquals("jdbc:mysql://db/ocop?characterEncoding=UTF-8&sslMode=REQUIRED&" + ROUND_TRIPS + "&" + UTC,
                UtcConnections.enforce("jdbc:mysql://db/ocop?characterEncoding=UTF-8&connectionTimeZone=Asia/Ho_Chi_Minh"
                        + "&SERVERTIMEZONE=Asia/Bangkok&sslMode=REQUIRED&forceConnectionTimeZoneToSession=false"));
    }

    @Test
    void aRoundTripSettingTheUrlGivesIsKept() {
        assertEquals("jdbc:mysql://db/ocop?cachePrepStmts=false&useLocalSessionState=true&readOnlyPropagatesToServer=false"
                        + "&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&cacheServerConfiguration=true&" + UTC,
                UtcConnections.enforce("jdbc:mysql://db/ocop?cachePrepStmts=false"));
    }
}

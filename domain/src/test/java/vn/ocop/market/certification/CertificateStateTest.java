package vn.ocop.market.certification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateStateTest {

    private static final LocalDate DECIDED = LocalDate.of(2024, 5, 10);
    private static final Instant END = Validity.end(DECIDED);

    private static Certificate certificate(int stars, boolean revoked, Long supersededBy) {
        return new Certificate(1L, 1L, "GCN-1", stars * 20, stars, CouncilLevel.PROVINCIAL, "1/QĐ", DECIDED, "UBND",
                END, revoked, null, null, "test", Instant.EPOCH, supersededBy, null, null, null);
    }

    @Test
    void expiringFromThirtyDaysBeforeTheEnd() {
        Certificate c = certificate(4, false, null);
        Instant warnFrom = END.minus(Duration.ofDays(30));
        assertEquals(CertificateState.VALID, c.state(warnFrom.minusSeconds(1)));
        assertEquals(CertificateState.EXPIRING, c.state(warnFrom));
        assertEquals(CertificateState.EXPIRING, c.state(END.minusSeconds(1)));
        assertEquals(CertificateState.EXPIRED, c.state(END));
        assertTrue(CertificateState.EXPIRING.listable());
        assertFalse(CertificateState.EXPIRED.listable());
    }

    @Test
    void revokedAndReplacedWinOverDates() {
        Instant now = END.minus(Duration.ofDays(100));
        assertEquals(CertificateState.REVOKED, certificate(4, true, null).state(now));
        assertEquals(CertificateState.SUPERSEDED, certificate(4, false, 2L).state(now));
        assertEquals(CertificateState.NOT_CERTIFIED, certificate(2, false, null).state(now));
    }

    @Test
    void councilLevelsFollowTheRanks() {
        LocalDate before = LocalDate.of(2025, 6, 30);
        LocalDate after = LocalDate.of(2025, 7, 1);
        assertTrue(CertificateRules.levelErrors(5, CouncilLevel.NATIONAL, after).isEmpty());
        assertEquals("level", CertificateRules.levelErrors(5, CouncilLevel.PROVINCIAL, after).getFirst().field());
        assertTrue(CertificateRules.levelErrors(4, CouncilLevel.PROVINCIAL, after).isEmpty());
        assertFalse(CertificateRules.levelErrors(4, CouncilLevel.NATIONAL, after).isEmpty());
        assertTrue(CertificateRules.levelErrors(3, CouncilLevel.DISTRICT, before).isEmpty());
        assertFalse(CertificateRules.levelErrors(3, CouncilLevel.DISTRICT, after).isEmpty(), "no districts after the reform");
        assertFalse(CertificateRules.levelErrors(4, CouncilLevel.DISTRICT, before).isEmpty());
    }
}

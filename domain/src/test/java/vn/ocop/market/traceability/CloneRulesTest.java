package vn.ocop.market.traceability;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloneRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
    private final CloneRules rules = CloneRules.defaults();

    private static TraceScan scan(String province, long minutesLater) {
        return new TraceScan(null, 1, 1L, "S", T0.plusSeconds(minutesLater * 60), province, AgentClass.PHONE, "k");
    }

    @Test
    void hanoiAndSaigonWithinAnHourLookCloned() {
        assertTrue(ProvinceCentres.km("01", "79") > 1100, "Hà Nội – Hồ Chí Minh is over 1,100 km");
        assertEquals(Optional.of("DISTANCE"), rules.verdict(List.of(scan("01", 0), scan("79", 60)), 2));
    }

    @Test
    void neighboursOrAFlightsTimeApartAreFine() {
        assertEquals(Optional.empty(), rules.verdict(List.of(scan("01", 0), scan("24", 10)), 2), "Hà Nội – Bắc Ninh");
        assertEquals(Optional.empty(), rules.verdict(List.of(scan("01", 0), scan("79", 6 * 60)), 2), "six hours later");
        assertEquals(Optional.empty(), rules.verdict(List.of(scan("01", 0), scan(null, 5)), 2), "unknown province");
        assertEquals(Optional.empty(), rules.verdict(List.of(scan("01", 0), scan("79", 25 * 60)), 2), "outside the window");
    }

    @Test
    void moreScansThanTheRuleAllowsLookCloned() {
        assertEquals(Optional.empty(), rules.verdict(List.of(), rules.maxScans()));
        assertEquals(Optional.of("FREQUENCY"), rules.verdict(List.of(), rules.maxScans() + 1));
    }

    @Test
    void botsAndPeopleAreToldApart() {
        assertEquals(AgentClass.PHONE, AgentClass.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1"));
        assertEquals(AgentClass.PHONE, AgentClass.of("Mozilla/5.0 (Linux; Android 14; SM-A546E) Chrome/120 Mobile Safari/537.36"));
        assertEquals(AgentClass.TABLET, AgentClass.of("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)"));
        assertEquals(AgentClass.DESKTOP, AgentClass.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120"));
        assertEquals(AgentClass.BOT, AgentClass.of("Googlebot/2.1 (+http://www.google.com/bot.html)"));
        assertEquals(AgentClass.BOT, AgentClass.of("facebookexternalhit/1.1"));
        assertEquals(AgentClass.BOT, AgentClass.of("curl/8.5.0"));
        assertEquals(AgentClass.BOT, AgentClass.of(null));
        assertEquals(AgentClass.BOT, new ScanSource("1.2.3.4", "Mozilla/5.0 (iPhone)", true, null).agentClass(), "HEAD or prefetch");
    }

    @Test
    void serialsAreLongRandomAndNeedNoEncoding() {
        String a = SerialCodes.next();
        assertEquals(16, a.length());
        assertTrue(DigitalLink.validValue(a));
        assertEquals(a, DigitalLink.encode(a));
        assertTrue(!a.equals(SerialCodes.next()));
    }
}

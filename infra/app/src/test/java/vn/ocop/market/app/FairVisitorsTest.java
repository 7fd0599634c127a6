package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.fair.Leads;
import vn.ocop.market.fair.VisitorInterest;
import vn.ocop.market.fair.Visitors;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Visitors, badges, gate check-in and booth leads against the real database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairVisitorsTest implements TestEnvironment {

    private static final SignedInUser OFFICER = new SignedInUser(7, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);

    @Inject FairFixtures fairs;
    @Inject Fixtures fixtures;
    @Inject Visitors visitors;
    @Inject Leads leads;
    @Inject TestSql sql;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void registrationNeedsConsentAndAContactAndGivesAnUnguessableBadgeOncePerContact() {
        long fair = openFair();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> visitors.register(fair,
                new Visitors.Registration(" ", "", "", null, null, VisitorInterest.SHOPPING, false)));
        assertEquals(Set.of("name", "phone", "province", "consent"),
                refused.errors().stream().map(e -> e.field()).collect(Collectors.toSet()));
        assertEquals(0L, count("SELECT COUNT(*) FROM fair_visitor WHERE fair_id = ?", fair));

        Visitors.Badge lan = register(fair, "Nguyễn Thị Lan", "0912 000 111", null, "Hà Nội");
        Visitors.Badge minh = register(fair, "Trần Văn Minh", null, "minh@example.vn", "Thái Nguyên");
        assertTrue(lan.code().matches("[A-Z2-7]{16}"), lan.code());
        assertNotEquals(lan.code(), minh.code());
        assertEquals(lan.visitorId(), visitors.badge(lan.printed().toLowerCase()).orElseThrow().visitorId(),
                "typed in lower case with dashes");
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> register(fair, "Lan", "+84 912 000 111", null, "Hà Nội"));
        assertEquals("fair.visitor.alreadyRegistered", again.errors().get(0).code());
        assertEquals(new Visitors.Counts(2, 0), visitors.counts(fair));
    }

    @Test
    void aBadgeScannedManyTimesAtOnceIsCheckedInOnceAndSaysWhenAfterwards() throws Exception {
        long fair = openFair();
        Visitors.Badge badge = register(fair, "Lê Thu Hà", "0987 222 333", null, "Hà Nội");
        int scans = 8;
        ExecutorService pool = Executors.newFixedThreadPool(scans);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Visitors.CheckIn>> results = new ArrayList<>();
        for (int i = 0; i < scans; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return visitors.checkIn(OFFICER, badge.code());
            }));
        }
        start.countDown();
        List<Visitors.CheckIn> done = new ArrayList<>();
        for (Future<Visitors.CheckIn> f : results) {
            done.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, done.stream().filter(Visitors.CheckIn::first).count());
        assertEquals(1, done.stream().map(Visitors.CheckIn::checkedInAt).distinct().count(), "one time for every scan");
        Visitors.CheckIn later = visitors.checkIn(OFFICER, badge.printed());
        assertFalse(later.first());
        assertEquals(done.get(0).checkedInAt(), later.checkedInAt());
        assertEquals(new Visitors.Counts(1, 1), visitors.counts(fair));

        assertEquals("fair.checkin.unknownBadge", assertThrows(InvalidInputException.class,
                () -> visitors.checkIn(OFFICER, "AAAA-BBBB-CCCC-DDDD")).errors().get(0).code());
        SignedInUser producer = new SignedInUser(9, "p@example.vn", "Chủ", Role.PRODUCER, 1L);
        assertThrows(NotFoundException.class, () -> visitors.checkIn(producer, badge.code()));
    }

    @Test
    void aVisitorIsOneLeadPerBoothWhoeverScansAndOnlyTheProducerReadsAndAnswersItsLeads() {
        long fair = openFair();
        Producer honey = fixtures.producer("HTX Mật ong Mèo Vạc", "Tuyên Quang");
        Producer other = fixtures.producer("HTX Chè Shan tuyết", "Hà Giang");
        long booth = fairs.booth(fair, null, honey, fairs.listed(honey, "Mật ong bạc hà", 250_000));
        fairs.booth(fair, null, other, fairs.listed(other, "Chè Shan tuyết", 300_000));
        Visitors.Badge badge = register(fair, "Phạm Quốc Bảo", "0978 444 555", null, "Hà Nội");
        SignedInUser owner = new SignedInUser(11, "mo@example.vn", "Mèo Vạc", Role.PRODUCER, honey.id());
        SignedInUser stranger = new SignedInUser(12, "che@example.vn", "Shan tuyết", Role.PRODUCER, other.id());

        assertTrue(leads.scannedBooth(booth, badge.code()).first());
        assertFalse(leads.scannedBooth(booth, badge.printed()).first(), "the same visitor scanning again");
        assertFalse(leads.scannedBadge(owner, badge.code()).first(), "the producer scanning the same visitor's badge");
        assertTrue(leads.scannedBadge(stranger, badge.code()).first(), "another booth gets its own lead");
        assertEquals(1L, count("SELECT COUNT(*) FROM fair_lead WHERE booth_id = ? AND kind = 'LEAD'", booth));

        long otherFair = openFair();
        Visitors.Badge elsewhere = register(otherFair, "Khách hội chợ khác", "0978 444 556", null, "Hà Nội");
        assertEquals("fair.lead.unknownBadge", assertThrows(InvalidInputException.class,
                () -> leads.scannedBooth(booth, elsewhere.code())).errors().get(0).code());
        assertEquals("fair.lead.noBooth", assertThrows(InvalidInputException.class,
                () -> leads.scannedBadge(owner, elsewhere.code())).errors().get(0).code());

        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> leads.inquire(booth, new Leads.Inquiry("", "", 0, "")));
        assertEquals(4, bad.errors().size());
        leads.inquire(booth, new Leads.Inquiry("Công ty Thực phẩm Sạch", "0243 826 1234", 500, "Báo giá 500 hũ 500 g?"));
        List<Leads.Lead> mine = leads.mine(owner, 0, 50);
        assertEquals(2, mine.size());
        Leads.Lead inquiry = mine.stream().filter(Leads.Lead::inquiry).findFirst().orElseThrow();
        assertEquals(500, inquiry.quantity());
        assertTrue(leads.mine(stranger, 0, 50).stream().noneMatch(Leads.Lead::inquiry));
        assertThrows(NotFoundException.class, () -> leads.answer(stranger, inquiry.id(), "Không phải của tôi"));
        assertEquals("Giá sỉ 180.000 ₫/hũ", leads.answer(owner, inquiry.id(), "Giá sỉ 180.000 ₫/hũ").answer());
        assertThrows(NotFoundException.class, () -> leads.mine(OFFICER, 0, 50));
    }

    private long openFair() {
        LocalDate today = VietnameseDates.today(clock);
        return fairs.fair("Hội chợ OCOP", today, today.plusDays(2));
    }

    private Visitors.Badge register(long fair, String name, String phone, String email, String province) {
        return visitors.register(fair, new Visitors.Registration(name, phone, email, "01", province,
                VisitorInterest.WHOLESALE, true));
    }

    private long count(String query, Object... args) {
        return sql.one(query, rs -> rs.getLong(1), args).orElseThrow();
    }
}

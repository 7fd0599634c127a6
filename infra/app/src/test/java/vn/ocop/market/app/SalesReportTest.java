package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.sales.Bucket;
import vn.ocop.market.sales.ProductViews;
import vn.ocop.market.sales.SalesReport;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A producer's sales figures from real orders and recorded views, by Vietnamese day and week. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesReportTest implements TestEnvironment {

    @Inject SalesFixtures salesFixtures;
    @Inject SalesReport sales;
    @Inject TestSql sql;
    SalesFixtures.World world;

    @BeforeAll
    void sales() {
        world = salesFixtures.make();
    }

    @Test
    void daysCountConfirmedOrdersOnTheirVietnameseDayAndLeaveCancelledAndUnconfirmedOnesOut() {
        SalesReport.Report report = sales.report(world.producerA(), null, world.monday(), world.last(), Bucket.DAY);

        assertEquals(9, report.rows().size(), "every day of the period, empty ones too");
        SalesReport.Row monday = report.rows().get(0);
        assertEquals(world.monday(), monday.start());
        assertEquals(1, monday.orders(), "the cancelled order of the same day is left out");
        assertEquals(200_000, monday.revenueVnd());
        assertEquals(2, monday.units());
        assertEquals(4, monday.views(), "crawlers are not counted");
        assertEquals(0.25, monday.conversion().orElseThrow(), 1e-9);

        SalesReport.Row sunday = report.rows().get(6);
        assertEquals(0, sunday.orders(), "00:30 in Vietnam is still Sunday in UTC, but the order is Monday's");
        SalesReport.Row nextMonday = report.rows().get(7);
        assertEquals(1, nextMonday.orders());
        assertEquals(600_000, nextMonday.revenueVnd());
        assertEquals(3, nextMonday.units());
        assertEquals(5, nextMonday.views());
        assertEquals(0, report.rows().get(8).orders(), "the order not yet confirmed does not count");

        assertEquals(2, report.total().orders());
        assertEquals(800_000, report.total().revenueVnd());
        assertEquals(5, report.total().units());
        assertEquals(9, report.total().views());
    }

    @Test
    void weeksStartOnMondayAndBestProductsCarryTheirConversionFromViews() {
        SalesReport.Report report = sales.report(world.producerA(), null, world.monday(), world.last(), Bucket.WEEK);

        assertEquals(List.of(world.monday(), world.monday().plusDays(7)),
                report.rows().stream().map(SalesReport.Row::start).toList());
        assertEquals(List.of(1L, 1L), report.rows().stream().map(SalesReport.Row::orders).toList());
        assertEquals(List.of(200_000L, 600_000L), report.rows().stream().map(SalesReport.Row::revenueVnd).toList());
        assertEquals(List.of(2L, 3L), report.rows().stream().map(SalesReport.Row::units).toList());

        assertEquals(List.of(world.tea().id(), world.honey().id()),
                report.best().stream().map(SalesReport.BestProduct::productId).toList(), "by units sold");
        SalesReport.BestProduct tea = report.best().get(0);
        assertEquals(3, tea.units());
        assertEquals(300_000, tea.revenueVnd());
        assertEquals(2, tea.orders());
        assertEquals(0.5, tea.conversion().orElseThrow(), 1e-9, "2 orders for 4 views");
        SalesReport.BestProduct honey = report.best().get(1);
        assertEquals(2, honey.units());
        assertEquals(500_000, honey.revenueVnd());
        assertEquals(0.2, honey.conversion().orElseThrow(), 1e-9, "1 order for 5 views");

        SalesReport.Report monthly = sales.report(world.producerA(), null, world.monday(), world.last(), Bucket.MONTH);
        assertEquals(800_000, monthly.rows().stream().mapToLong(SalesReport.Row::revenueVnd).sum());
    }

    @Test
    void aProducerSeesOnlyItsOwnFiguresAndOfficersAnyProducers() {
        SalesReport.Report b = sales.report(world.producerB(), null, world.monday(), world.last(), Bucket.WEEK);
        assertEquals(1, b.total().orders());
        assertEquals(285_000, b.total().revenueVnd());
        assertTrue(b.best().stream().noneMatch(p -> p.productId() == world.tea().id() || p.productId() == world.honey().id()));

        assertThrows(NotFoundException.class,
                () -> sales.report(world.producerB(), world.a().id(), world.monday(), world.last(), Bucket.DAY),
                "a producer asking for another's figures");
        SignedInUser officer = new SignedInUser(3, "canbo@example.vn", "Cán bộ", Role.OFFICER, null);
        assertEquals(800_000, sales.report(officer, world.a().id(), world.monday(), world.last(), Bucket.DAY)
                .total().revenueVnd());
        assertThrows(NotFoundException.class, () -> sales.report(officer, null, world.monday(), world.last(), Bucket.DAY));
        SignedInUser admin = new SignedInUser(4, "admin@example.vn", "Quản trị", Role.ADMIN, null);
        assertThrows(NotFoundException.class, () -> sales.report(admin, world.a().id(), world.monday(), world.last(), Bucket.DAY));
        assertThrows(InvalidInputException.class,
                () -> sales.report(world.producerA(), null, world.last(), world.monday(), Bucket.DAY));
    }

    @Test
    void viewsAreOneCounterRowPerProductAndDay() {
        long rows = sql.one("SELECT COUNT(*) FROM product_view_day WHERE product_id = ?", rs -> rs.getLong(1),
                world.tea().id()).orElseThrow();
        assertEquals(1, rows);
        assertTrue(ProductViews.crawler(SalesFixtures.CRAWLER));
        assertTrue(ProductViews.crawler(null));
        assertFalse(ProductViews.crawler(SalesFixtures.BROWSER));
    }
}

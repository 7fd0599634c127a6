package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.live.LiveAudience;
import vn.ocop.market.live.LiveCarts;
import vn.ocop.market.live.LiveChat;
import vn.ocop.market.live.LiveReports;
import vn.ocop.market.live.LiveSalesReport;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.report.ReportFormat;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.Reports;
import vn.ocop.market.shared.NotFoundException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live event's report from real orders bought at the live price: revenue counted once paid (a bank
 * transfer confirmed), minus the order refunded after payment; an unpaid order counts as an order only.
 * The officers' live sales report puts the same money in the province's month.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveReportTest implements TestEnvironment {

    @Inject LiveAudienceFixtures fixtures;
    @Inject LiveCarts liveCarts;
    @Inject Checkout checkout;
    @Inject Orders orders;
    @Inject LiveReports reports;
    @Inject LiveAudience audience;
    @Inject LiveChat chat;
    @Inject Reports officerReports;

    private final SignedInUser officer = new SignedInUser(900_004, "can.bo.bao.cao@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);

    private Order buy(LiveAudienceFixtures.World w, int quantity) {
        String cart = Carts.newToken();
        liveCarts.addAtLivePrice(cart, w.eventId(), w.itemId(), quantity);
        Checkout.Placed placed = checkout.place(new PlaceOrder(Carts.newToken(), cart, null,
                new DeliveryAddress("Trần Văn Bình", "0987 654 321", "binh." + System.nanoTime() + "@example.vn", null,
                        "Hà Nội", null, "Phường Cầu Giấy", "8 Trần Thái Tông"), PaymentMethod.VIETQR, null, null));
        return orders.checkout(placed.token()).orElseThrow().orders().getFirst();
    }

    @Test
    void revenueIsWhatWasPaidAtTheLivePriceMinusRefundsAndConversionIsPerViewer() {
        LiveAudienceFixtures.World w = fixtures.live("Tuyên Quang", 250_000);
        long livePrice = 200_000;
        Order paid = buy(w, 2);
        Order refunded = buy(w, 1);
        Order unpaid = buy(w, 3);
        assertEquals(2 * livePrice, paid.goodsVnd(), "bought at the live price");

        orders.confirmTransfer(w.owner(), paid.id());
        orders.move(w.owner(), paid.id(), OrderStatus.CONFIRMED, null);
        orders.confirmTransfer(w.owner(), refunded.id());
        orders.move(officer, refunded.id(), OrderStatus.CANCELLED, "Khách đổi ý");
        orders.move(officer, refunded.id(), OrderStatus.REFUNDED, null);

        for (String key : new String[] {"x1", "x2", "x3", "x4"}) {
            audience.join(w.eventId(), key);
        }
        chat.post(fixtures.shopper("Bình"), w.eventId(), "Trà này pha mấy lần nước?");

        LiveReports.EventReport report = reports.event(w.owner(), w.eventId());
        assertEquals(3, report.orders(), "every order with a live line");
        assertEquals(2, report.paidOrders(), "the unpaid transfer is not paid");
        assertEquals(3 * livePrice, report.paidVnd());
        assertEquals(livePrice, report.refundedVnd());
        assertEquals(2 * livePrice, report.revenueVnd(), "paid minus refunds");
        assertEquals(1, report.chatMessages());
        assertEquals(4, report.distinctViewers());
        LiveReports.ItemLine item = report.items().getFirst();
        assertEquals(Long.valueOf(livePrice), item.livePriceVnd());
        assertEquals(3, item.units(), "units paid for, the refunded one included");
        assertEquals(2 * livePrice, item.revenueVnd());
        assertEquals(0.5, item.conversion(), 1e-9, "two paid orders for four viewers");
        assertTrue(unpaid.id() > 0);

        assertThrows(NotFoundException.class, () -> reports.event(fixtures.live("Tuyên Quang", 100_000).owner(), w.eventId()),
                "another producer learns nothing");
        assertEquals(report.revenueVnd(), reports.event(officer, w.eventId()).revenueVnd());

        ReportParameters lastMonths = officerReports.parameters("Tuyên Quang", null, null);
        ReportModel sales = officerReports.generate(LiveSalesReport.NAME, lastMonths, java.util.Locale.of("vi"),
                vn.ocop.market.report.Report.Progress.NONE);
        assertTrue((long) sales.figures().get("revenueVnd") >= 2 * livePrice);
        @SuppressWarnings("unchecked")
        Map<String, Long> byProvince = (Map<String, Long>) sales.figures().get("revenueByProvince");
        assertTrue(byProvince.containsKey("Tuyên Quang"));
        byte[] xlsx = officerReports.render(sales, ReportFormat.XLSX).bytes();
        byte[] pdf = officerReports.render(sales, ReportFormat.PDF).bytes();
        assertEquals('P', xlsx[0], "an XLSX is a zip");
        assertEquals('%', pdf[0]);
        assertNull(reports.event(officer, fixtures.live("Tuyên Quang", 90_000).eventId()).items().getFirst().conversion(),
                "no viewers, no conversion");
    }
}

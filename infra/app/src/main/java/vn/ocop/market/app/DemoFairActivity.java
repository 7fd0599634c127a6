package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.product.Variant;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairVouchers;
import vn.ocop.market.fair.Leads;
import vn.ocop.market.fair.VisitorInterest;
import vn.ocop.market.fair.Visitors;
import vn.ocop.market.order.Checkout;
import vn.ocop.market.order.DeliveryAddress;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.order.PaymentMethod;
import vn.ocop.market.order.PlaceOrder;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened at the demo's past fair, made through the real services while the fair is open:
 * visitors registered from several provinces (most checked in at the gate), booth scans, trade
 * buyers' wholesale inquiries (some answered by the producer) and orders of the booths' products
 * with the fair's voucher. The caller then moves the fair and all of it into the past.
 */
@Singleton
class DemoFairActivity {

    /** The past fair's voucher code. */
    static final String VOUCHER = "HOICHOHN";

    private static final String[] NAMES = {"Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thu Trang", "Phạm Quốc Huy",
        "Hoàng Thị Mai", "Vũ Đức Anh", "Đặng Ngọc Lan", "Bùi Văn Tùng", "Đỗ Thị Hằng", "Ngô Minh Khôi",
        "Dương Thị Thảo", "Lý Văn Hải", "Trịnh Thu Hà", "Phan Văn Long", "Mai Thị Ngọc", "Đinh Quang Vinh",
        "Hồ Thị Yến", "Cao Văn Thắng", "Lương Thị Huyền", "Tạ Minh Đức", "Châu Thị Kim", "Kiều Văn Nam",
        "Quách Thị Loan", "Tô Văn Phúc", "Vương Thị Oanh", "La Văn Sơn"};
    private static final String[] PROVINCES = {"Hà Nội", "Hà Nội", "Hà Nội", "Bắc Ninh", "Hưng Yên", "Ninh Bình",
        "Thái Nguyên", "Hải Phòng", "Phú Thọ", "Lào Cai"};

    private final Visitors visitors;
    private final Leads leads;
    private final FairVouchers vouchers;
    private final Carts carts;
    private final Checkout checkout;
    private final Orders orders;
    private final Producers producers;
    private final Provinces provinces;
    private final Catalog catalog;

    DemoFairActivity(Visitors visitors, Leads leads, FairVouchers vouchers, Carts carts, Checkout checkout,
                     Orders orders, Producers producers, Provinces provinces, Catalog catalog) {
        this.catalog = catalog;
        this.visitors = visitors;
        this.leads = leads;
        this.vouchers = vouchers;
        this.carts = carts;
        this.checkout = checkout;
        this.orders = orders;
        this.producers = producers;
        this.provinces = provinces;
    }

    /** Runs the open fair's days; returns the ids of the orders placed. */
    List<Long> run(SignedInUser officer, long fairId, List<BoothView> booths) {
        List<BoothView> assigned = booths.stream().filter(BoothView::assigned).toList();
        List<Visitors.Badge> badges = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            Province province = provinces.find(PROVINCES[i % PROVINCES.length]).orElseThrow();
            VisitorInterest interest = i % 5 == 1 ? VisitorInterest.WHOLESALE : i % 7 == 3 ? VisitorInterest.PARTNERSHIP
                    : VisitorInterest.SHOPPING;
            badges.add(visitors.register(fairId, new Visitors.Registration(NAMES[i], String.format("09%08d", 12_345_000 + i * 7),
                    i % 3 == 0 ? "khach" + (i + 1) + "@example.vn" : null, province.code(), province.name(), interest, true)));
        }
        // Most came; a few registered and stayed home.
        for (int i = 0; i < badges.size(); i++) {
            if (i % 6 != 5) {
                visitors.checkIn(officer, badges.get(i).code());
            }
        }
        // Visitors scanned the booths they stopped at.
        for (int i = 0; i < 18; i++) {
            leads.scannedBooth(assigned.get(i % assigned.size()).id(), badges.get(i % badges.size()).code());
        }
        String[][] inquiries = {
            {"Công ty TNHH Thực phẩm Sạch Hà Thành", "muahang@hathanhfood.vn", "200",
                "Chúng tôi muốn nhập 200 hộp cho chuỗi 12 cửa hàng, xin báo giá sỉ và thời gian giao."},
            {"Siêu thị Mini Nhà Xanh", "0987 654 321", "80", "Cần 80 sản phẩm mỗi tháng, có hóa đơn VAT không?"},
            {"Nhà hàng Quê Nhà", "bep@quenha.vn", "50", "Đặt làm quà tặng khách hàng dịp Tết, 50 phần có in logo."},
            {"Cửa hàng Đặc sản Ba Miền", "0903 111 222", "120", "Xin làm đại lý tại Hưng Yên, chiết khấu bao nhiêu?"},
            {"Công ty CP Du lịch Sen Việt", "sales@senviet.vn", "300", "Mua làm quà cho đoàn khách quốc tế tháng tới."},
        };
        for (int i = 0; i < inquiries.length; i++) {
            leads.inquire(assigned.get(i % assigned.size()).id(), new Leads.Inquiry(inquiries[i][0], inquiries[i][1],
                    Integer.parseInt(inquiries[i][2]), inquiries[i][3]));
        }
        for (int i = 0; i < 3 && i < assigned.size(); i++) {
            Producer producer = producers.find(assigned.get(i).producerId()).orElseThrow();
            SignedInUser seller = new SignedInUser(0, producer.email() == null ? "demo@cho-ocop.vn" : producer.email(),
                    producer.name(), Role.PRODUCER, producer.id());
            leads.mine(seller, 0, 20).stream().filter(Leads.Lead::inquiry).findFirst().ifPresent(lead ->
                    leads.answer(seller, lead.id(), "Cảm ơn anh/chị. Giá sỉ từ 50 sản phẩm giảm 12%, giao trong 5 ngày;"
                            + " chúng tôi sẽ gọi lại để gửi báo giá chi tiết."));
        }
        vouchers.create(officer, new FairVouchers.NewVoucher(fairId, VOUCHER, "Giảm 10% khi mua tại hội chợ", 10, null,
                50_000L, 5_000_000, 1));
        List<Long> placed = new ArrayList<>();
        // Nine orders from the booths' products in turn, skipping any sold out.
        for (int attempt = 0, i = 0; i < 9 && attempt < 60; attempt++) {
            BoothView booth = assigned.get(attempt % assigned.size());
            if (booth.productIds().isEmpty()) {
                continue;
            }
            String cart = Carts.newToken();
            long productId = booth.productIds().get((attempt / assigned.size() + attempt) % booth.productIds().size());
            int quantity = 1 + i % 2;
            // A product sold in variants is bought in one of them that has the units.
            List<Variant> variants = catalog.variants(productId);
            Long variantId = variants.stream().filter(v -> v.stock() >= quantity).map(Variant::id).findFirst().orElse(null);
            if (!variants.isEmpty() && variantId == null) {
                continue;
            }
            try {
                carts.add(cart, productId, variantId, quantity);
            } catch (InvalidInputException soldOut) {
                continue;
            }
            Visitors.Badge buyer = badges.get(i * 2);
            Checkout.Placed done = checkout.place(new PlaceOrder(Carts.newToken(), cart, null,
                    new DeliveryAddress(buyer.name(), buyer.phone(), "khach" + (i * 2 + 1) + "@example.vn", null, "Hà Nội", null,
                            "Phường Ba Đình", (10 + i) + " phố Đội Cấn"), PaymentMethod.COD, null, null, VOUCHER));
            for (var order : orders.checkout(done.token()).orElseThrow().orders()) {
                placed.add(order.id());
                if (i % 4 != 3) {
                    orders.move(officer, order.id(), OrderStatus.CONFIRMED, null);
                }
            }
            i++;
        }
        return placed;
    }
}

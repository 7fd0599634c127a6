package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds producers, products and certificates through the real services. */
@Singleton
class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    private final Producers producers;
    private final Products products;
    private final Certifications certifications;

    Fixtures(Producers producers, Products products, Certifications certifications) {
        this.producers = producers;
        this.products = products;
        this.certifications = certifications;
    }

    Producer producer(String name, String province) {
        return producers.register(new NewProducer(name, ProducerType.COOPERATIVE, province, "Xã Tân Cương",
                "<p>Hợp tác xã thành lập năm 2015 bởi <b>24 hộ</b> trồng nghệ.</p><script>alert(1)</script>", null,
                null, null, null));
    }

    /** A producer with a bank account on file, so its VietQR orders get a code. */
    Producer producerWithBank(String name, String province, String bankName, String bankBin, String account,
                              String holder) {
        return producers.register(new NewProducer(name, ProducerType.COOPERATIVE, province, null, null, null,
                bankName, bankBin, account, null, holder));
    }

    Product product(Producer producer, String name, ProductGroup group, long price) {
        return products.add(new NewProduct(producer.id(), "T-" + SEQ.incrementAndGet(), name, null, group, "Hộp 500 g",
                600, price, 50, "Mô tả " + name, null, "Vùng trồng xã Tân Cương"));
    }

    Producer producerWithEmail(String name, String province, String email) {
        return producers.register(new NewProducer(name, ProducerType.ENTERPRISE, province, null, "Câu chuyện " + name,
                null, null, null, null, email));
    }

    /** A decision whose validity ends at 00:00 (Vietnam) the given number of days from today. */
    static LocalDate decidedSoThatItEndsIn(int days) {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(days).minusMonths(36);
    }

    Certificate certify(Product product, int score, LocalDate decided) {
        CouncilLevel level = score >= 90 ? CouncilLevel.NATIONAL : CouncilLevel.PROVINCIAL;
        return certifications.record(new RecordCertificate(product.id(), score, level,
                SEQ.incrementAndGet() + "/QĐ-UBND", decided, "UBND tỉnh Thái Nguyên", null), "test");
    }
}

package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.producer.NewProducer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerType;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What checkout reads besides the catalog: product weights, producers' bank accounts, the commune list. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeightsAndBankAccountsTest implements TestEnvironment {

    @Inject Producers producers;
    @Inject Products products;
    @Inject AdminUnits adminUnits;

    @Test
    void aProducerKeepsItsBankAccountWithTheHolderInBankCapitals() {
        Producer saved = producers.register(new NewProducer("HTX Nghệ vàng Khoái Châu", ProducerType.COOPERATIVE,
                "Hưng Yên", null, null, null, "VPBank", "970432", "219648375", null, "Hợp tác xã Nghệ vàng Khoái Châu"));
        Producer read = producers.find(saved.id()).orElseThrow();
        assertEquals("970432", read.bankBin());
        assertEquals("219648375", read.bankAccount());
        assertEquals("HOP TAC XA NGHE VANG KHOAI CHAU", read.bankAccountName());
    }

    @Test
    void aBankAccountThatVietQrCannotUseIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> producers.register(new NewProducer(
                "HTX Sai tài khoản", ProducerType.COOPERATIVE, "Hưng Yên", null, null, null, "VPBank", "9704",
                "2196-4837-5", null, null)));
        assertEquals(List.of("bankBin", "bankAccount"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void goodsWithoutAWeightShipAsHalfAKilogramAndToursWeighNothing() {
        Producer producer = producers.register(new NewProducer("HTX Cân đo", ProducerType.COOPERATIVE, "Thái Nguyên",
                null, null, null, null, null, null));
        assertEquals(Products.DEFAULT_WEIGHT_GRAMS, products.add(product(producer, ProductGroup.BEVERAGE, null)).weightGrams());
        assertEquals(0, products.add(product(producer, ProductGroup.TOURISM, null)).weightGrams());
        assertEquals(0, products.add(product(producer, ProductGroup.TOURISM, 0)).weightGrams());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> products.add(product(producer, ProductGroup.FOOD, 0)));
        assertEquals("weightGrams", e.errors().getFirst().field());
    }

    @Test
    void theCommuneListComesFromTheSharedReferenceData() {
        assertTrue(adminUnits.available());
        assertEquals(34, adminUnits.provinces().size());
        assertTrue(adminUnits.validate("19", adminUnits.communeNamed("19", "Tân Cương").orElseThrow().code()).isEmpty());
    }

    private static NewProduct product(Producer producer, ProductGroup group, Integer weightGrams) {
        return new NewProduct(producer.id(), null, "Sản phẩm " + group, null, group, null, weightGrams, 100_000L, 10,
                null, null, null);
    }
}

package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.certification.CertifiedProducts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The product side of certification: a product's pointer to its current certificate. */
@Singleton
class ProductCertificates implements CertifiedProducts {

    /** A product's pointer to its current certificate, as a locking read answers it. */
    @Introspected
    record Pointer(@Nullable Long currentCertificateId) {
    }

    private final ProductRepository repository;

    ProductCertificates(ProductRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Certifiable> certifiable(long productId) {
        return repository.findById(productId).map(ProductCertificates::certifiable);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Certifiable> certifiableByCode(String code) {
        return repository.findByCode(code).map(ProductCertificates::certifiable);
    }

    @Override
    @Transactional
    public @Nullable Long lockCurrentCertificate(long productId) {
        return repository.lockPointer(productId).map(Pointer::currentCertificateId).orElse(null);
    }

    /** Called by certification in its own transaction. */
    @Override
    @Transactional
    public void attachCertificate(long productId, long certificateId) {
        repository.updateCurrentCertificate(productId, certificateId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Holder> holders(Collection<Long> productIds) {
        return productIds.isEmpty() ? List.of() : repository.holders(productIds);
    }

    private static Certifiable certifiable(Product p) {
        return new Certifiable(p.id(), p.code(), p.name(), p.currentCertificateId());
    }
}

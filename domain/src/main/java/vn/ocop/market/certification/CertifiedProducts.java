package vn.ocop.market.certification;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What certification needs of the products it certifies. The product feature provides it (and
 * owns the product table), so certification never depends on the product package: product depends
 * on certification for the listing rule, not the other way round.
 */
public interface CertifiedProducts {

    /** A product as certification sees it. */
    record Certifiable(long id, String code, String name, @Nullable Long currentCertificateId) {
    }

    /** Who is told about a product's certificate: the product's name and its producer. */
    @Introspected
    record Holder(long productId, @Nullable Long currentCertificateId, String productName, long producerId,
                  @Nullable String email) {
    }

    Optional<Certifiable> certifiable(long productId);

    Optional<Certifiable> certifiableByCode(String code);

    /**
     * Locks the product's row until the transaction ends and answers its current certificate's
     * id as last committed (a locking read), or null.
     */
    @Nullable Long lockCurrentCertificate(long productId);

    /** Points the product at its newest certificate. */
    void attachCertificate(long productId, long certificateId);

    /** The holders of the given products. */
    List<Holder> holders(Collection<Long> productIds);
}

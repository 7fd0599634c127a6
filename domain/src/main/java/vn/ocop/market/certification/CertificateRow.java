package vn.ocop.market.certification;

import io.micronaut.serde.annotation.Serdeable;

/** A certificate with what the registry shows next to it: product, producer, province, state. */
@Serdeable
public record CertificateRow(Certificate certificate, String productCode, String productName, long producerId,
                             String producerName, String province, CertificateState state) {
}

package vn.ocop.market.producer;

/**
 * Where a producer's application stands; its label is the text {@code producer.status.<NAME>}. Only an
 * APPROVED producer may list products; producers registered by officers or the API start APPROVED.
 */
public enum ProducerStatus {
    PENDING,
    APPROVED,
    REJECTED
}

package vn.ocop.market.traceability;

/** A certified product (3★ or more, valid now) with no active batch: nothing of it can be traced. */
public record UntracedProduct(long productId, String productName, long producerId, String producerName,
                              String province, int stars) {
}

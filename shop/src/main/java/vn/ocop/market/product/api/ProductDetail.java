package vn.ocop.market.product.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.traceability.BatchView;

import java.time.LocalDate;
import java.util.List;

/** One listed product in the public API: its summary, and the batches it ships from now (traceable by link). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductDetail(@JsonUnwrapped ProductSummary product, List<BatchItem> batches) {

    /** An active batch still in stock, with its GS1 Digital Link path on this host. */
    @Serdeable
    public record BatchItem(String lot, String gtin, String digitalLink, LocalDate productionDate,
                            LocalDate bestBefore) {

        static BatchItem of(BatchView b) {
            return new BatchItem(b.lot(), b.gtin(), b.digitalLinkPath(), b.productionDate(), b.bestBefore());
        }
    }
}

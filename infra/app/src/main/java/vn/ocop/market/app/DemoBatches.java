package vn.ocop.market.app;

import jakarta.inject.Singleton;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.VietnameseDates;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.Choice;
import vn.ocop.market.traceability.NewBatch;
import vn.ocop.market.traceability.NewTraceEvent;
import vn.ocop.market.traceability.TraceEvents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The demo catalog's batches: every product (each variant of one sold by variant) gets a batch
 * produced a few weeks ago, with harvesting, packing and inspecting events at its producer's
 * province, enough units for its stock; the demo producer's first batch is serialised.
 */
@Singleton
class DemoBatches {

    private static final DateTimeFormatter LOT_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final Batches batches;
    private final TraceEvents events;
    private final Provinces provinces;
    private final Clock clock;

    DemoBatches(Batches batches, TraceEvents events, Provinces provinces, Clock clock) {
        this.batches = batches;
        this.events = events;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Adds the batches of one producer's products; returns how many. */
    int add(Producer producer, List<Product> products, boolean serialiseFirst) {
        SignedInUser owner = new SignedInUser(0, "demo@ocop.vn", producer.name(), Role.PRODUCER, producer.id());
        String province = provinces.find(producer.province()).map(p -> p.name()).orElse(null);
        int n = 0;
        for (Product product : products) {
            List<Choice> variants = batches.variantsOf(product.id());
            for (Choice variant : variants.isEmpty() ? java.util.Collections.<Choice>singletonList(null) : variants) {
                LocalDate produced = VietnameseDates.today(clock).minusDays(14 + product.id() % 30);
                String lot = "L" + LOT_DAY.format(produced) + "-" + product.id() + (variant == null ? "" : "-" + variant.id());
                BatchView batch = batches.record(owner, new NewBatch(product.id(), variant == null ? null : variant.id(),
                        lot, produced, produced.plusMonths(12), Math.max(100, product.stock() + 50),
                        product.rawMaterialOrigin() == null ? producer.province() : product.rawMaterialOrigin(), null,
                        "TCVN, VietGAP"));
                if (province != null) {
                    event(owner, batch, "harvesting", produced.minusDays(2), 7, province, producer.commune());
                    event(owner, batch, "packing", produced, 14, province, producer.commune());
                    event(owner, batch, "inspecting", produced.plusDays(1), 9, province, producer.commune());
                }
                if (serialiseFirst && n == 0) {
                    batches.markSerialised(owner, batch.id());
                }
                n++;
            }
        }
        return n;
    }

    private void event(SignedInUser owner, BatchView batch, String step, LocalDate day, int hour, String province,
                       String commune) {
        events.record(owner, batch.id(), new NewTraceEvent(step, day.atTime(hour, 30), "+07:00", null, province,
                commune, List.of()));
    }
}

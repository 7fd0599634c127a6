package vn.ocop.market.traceability.ui;

import vn.ocop.market.traceability.TraceView;

/** A trace page of a withdrawn batch; shown by {@link BatchWithdrawnView} as 410 Gone. */
public class BatchWithdrawn extends RuntimeException {

    private final transient TraceView trace;

    public BatchWithdrawn(TraceView trace) {
        super("Batch withdrawn: " + trace.batch().id());
        this.trace = trace;
    }

    TraceView trace() {
        return trace;
    }
}

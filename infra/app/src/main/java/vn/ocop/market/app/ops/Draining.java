package vn.ocop.market.app.ops;

import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this instance is shutting down: from the moment it is told to stop, readiness answers 503
 * so that the balancer sends new requests elsewhere while the ones in flight finish.
 */
@Singleton
public class Draining {

    private final AtomicBoolean draining = new AtomicBoolean();

    /** Marks the instance as draining; true the first time. */
    public boolean begin() {
        return draining.compareAndSet(false, true);
    }

    public boolean draining() {
        return draining.get();
    }
}

package vn.ocop.market.report;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A report being generated in the background: how far it is (0 to 1, what a progress bar shows),
 * then its rendering or the failure. Its id is random, so only who started it can find it.
 */
public final class ReportJob {

    private final String id;
    private final CompletableFuture<RenderedReport> result = new CompletableFuture<>();
    private volatile double progress;

    ReportJob(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** From 0 to 1; 1 once the file is ready or the generation failed. */
    public double progress() {
        return result.isDone() ? 1 : progress;
    }

    public boolean done() {
        return result.isDone();
    }

    /** The file, once ready. */
    public Optional<RenderedReport> file() {
        return result.isDone() && !result.isCompletedExceptionally() ? Optional.of(result.join()) : Optional.empty();
    }

    /** Why the generation failed, once it has. */
    public Optional<Throwable> failure() {
        if (!result.isCompletedExceptionally()) {
            return Optional.empty();
        }
        try {
            result.get();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(e);
        }
    }

    /** Waits for the file (tests, and callers that started it only to be told how far it is). */
    public RenderedReport await() {
        return result.join();
    }

    void progress(double fraction) {
        progress = Math.max(progress, Math.min(1, Math.max(0, fraction)));
    }

    void complete(RenderedReport file) {
        result.complete(file);
    }

    void fail(Throwable failure) {
        result.completeExceptionally(failure);
    }
}

package vn.ocop.market.bench.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latencies of one path over the query mix: warm-up queries (the mix, repeated), then every query timed once. */
record Timer(double[] millis) {

    /** Work on one query; may throw. */
    interface Step {
        void run(QueryMix.Search search) throws Exception;
    }

    static Timer run(List<QueryMix.Search> mix, Step step, int warmUp) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            step.run(mix.get(i % mix.size()));
        }
        double[] out = new double[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            long t = System.nanoTime();
            step.run(mix.get(i));
            out[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(out);
        return new Timer(out);
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    double p50() {
        return percentile(50);
    }

    double p99() {
        return percentile(99);
    }

    double mean() {
        return Arrays.stream(millis).average().orElse(0);
    }

    String row(String label) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", label, p50(), p99(), mean(),
                millis[millis.length - 1]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, mean %.1f ms, max %.1f ms", p50(), p99(), mean(),
                millis[millis.length - 1]);
    }
}

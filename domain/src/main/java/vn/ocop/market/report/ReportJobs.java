package vn.ocop.market.report;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Generates reports in the background, one at a time (a national report reads much of the catalog
 * and the orders; two at once would only slow both), keeping the last few for their starters to
 * fetch. The generation reports 0–90 %, the rendering the rest.
 */
@Singleton
public class ReportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);
    private static final int KEPT = 32;

    private final Reports reports;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ReportJob> jobs = new LinkedHashMap<>();

    ReportJobs(Reports reports) {
        this.reports = reports;
    }

    /** Starts a report; the parameters are checked already (see {@link Reports#parameters}). */
    public ReportJob start(String name, ReportParameters parameters, ReportFormat format, Locale locale) {
        reports.find(name).orElseThrow(() -> new vn.ocop.market.shared.NotFoundException("No report " + name));
        ReportJob job = new ReportJob(UUID.randomUUID().toString());
        synchronized (jobs) {
            jobs.put(job.id(), job);
            forgetOld();
        }
        executor.execute(() -> {
            try {
                ReportModel model = reports.generate(name, parameters, locale, done -> job.progress(done * 0.9));
                job.progress(0.9);
                job.complete(reports.render(model, format));
            } catch (RuntimeException | Error e) {
                LOG.error("Report {} for {} failed", name, parameters, e);
                job.fail(e);
            }
        });
        return job;
    }

    public Optional<ReportJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private void forgetOld() {
        Iterator<ReportJob> it = jobs.values().iterator();
        while (jobs.size() > KEPT && it.hasNext()) {
            if (it.next().done()) {
                it.remove();
            }
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}

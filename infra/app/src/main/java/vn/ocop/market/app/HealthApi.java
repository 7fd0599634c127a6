package vn.ocop.market.app;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.app.ops.Draining;
import vn.ocop.market.engines.SearchNodeSupervisor;
import vn.ocop.market.search.CatalogSearch;
import vn.ocop.market.search.SearchHealth;
import vn.ocop.market.shared.Outbox;

import javax.sql.DataSource;
import java.time.Instant;


/**
 * UP (200) when the database and the search engine answer (the product index green or yellow, or its
 * shards answering a search while the cluster says red or elects a master); DEGRADED (still 200) when only the
 * search engine is away, because shopping, product pages and checkout work without it and search
 * falls back to the database; DOWN (503) when the database is away, since nothing works then.
 * For balancers and orchestrators: {@code /health/live} (200 while the process serves; a restart
 * helps nothing else) and {@code /health/ready} (503 while draining or while the database is away:
 * send the requests elsewhere). A pool whose connections are all in use is busy, not away: readiness
 * then stays UP without waiting for a connection, or every instance of a loaded cluster would leave
 * the balancer at once; a lost database shows as soon as its connections fail and the pool is idle.
 */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
class HealthApi {

    /** The health report; {@code searchAnswers} says who answers searches right now. */
    @Serdeable
    record Health(String status, String database, String search, String searchAnswers, @Nullable Long outboxBacklog,
                  @Nullable SearchNode searchNode) {
    }

    /** The embedded search node's supervisor: how often it had to bring the node back. */
    @Serdeable
    record SearchNode(String state, int restarts, @Nullable Instant lastRestart) {
    }

    /** A probe's answer: {@code UP}, {@code DRAINING} or {@code DOWN}. */
    @Serdeable
    record Probe(String status) {
    }

    private final SearchHealth search;
    private final Draining draining;
    private final CatalogSearch catalogSearch;
    private final Outbox outbox;
    private final SearchNodeSupervisor node;

    @Nullable
    private final HikariDataSource pool;

    HealthApi(SearchHealth search, CatalogSearch catalogSearch, Outbox outbox, Draining draining, BeanContext beans,
              DataSource dataSource) {
        this.pool = pool(dataSource);
        this.draining = draining;
        // Present only when the application started its own node (no ELASTICSEARCH_URL).
        this.node = beans.findBean(SearchNodeSupervisor.class).orElse(null);
        this.search = search;
        this.catalogSearch = catalogSearch;
        this.outbox = outbox;
    }

    @Get("/live")
    HttpResponse<Probe> live() {
        return HttpResponse.ok(new Probe("UP"));
    }

    @Get("/ready")
    HttpResponse<Probe> ready() {
        if (draining.draining()) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Probe("DRAINING"));
        }
        if (busy()) {
            return HttpResponse.ok(new Probe("UP"));
        }
        try {
            outbox.backlog();
            return HttpResponse.ok(new Probe("UP"));
        } catch (Exception e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Probe("DOWN"));
        }
    }

    @Get
    HttpResponse<Health> health() {
        String database;
        Long backlog = null;
        try {
            backlog = outbox.backlog();
            database = "up";
        } catch (Exception e) {
            database = "down: " + e.getClass().getSimpleName();
        }
        // One look at the engine (its product index, or a probe search when the cluster says red).
        SearchHealth.State engine = search.check();
        boolean databaseUp = database.equals("up");
        boolean searchUp = engine.up();
        String status = !databaseUp ? "DOWN" : searchUp ? "UP" : "DEGRADED";
        String answers = searchUp && catalogSearch.engineAvailable() ? "engine" : "database";
        SearchNode searchNode = node == null ? null
                : new SearchNode(node.state().name(), node.restarts(), node.lastRestart());
        Health health = new Health(status, database, engine.text(), answers, backlog, searchNode);
        return HttpResponse.status(databaseUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(health);
    }

    /** Every connection of the pool in use: the database answers them, the instance is busy. */
    private boolean busy() {
        HikariPoolMXBean connections = pool == null ? null : pool.getHikariPoolMXBean();
        return connections != null && connections.getIdleConnections() == 0 && connections.getActiveConnections() > 0;
    }

    @Nullable
    private static HikariDataSource pool(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (Exception e) {
            return null;
        }
    }
}

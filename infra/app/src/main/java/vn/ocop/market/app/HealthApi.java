package vn.ocop.market.app;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.search.SearchHealth;
import vn.ocop.market.shared.Outbox;


/** 200 when the database and the search engine answer; 503 naming the one that does not. */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
class HealthApi {

    /** The health report. */
    @Serdeable
    record Health(String status, String database, String search, Long outboxBacklog) {
    }

    private final SearchHealth search;
    private final Outbox outbox;

    HealthApi(SearchHealth search, Outbox outbox) {
        this.search = search;
        this.outbox = outbox;
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
        String searchStatus = search.up() ? "up" : "down: " + search.status();
        boolean ok = database.equals("up") && searchStatus.equals("up");
        Health health = new Health(ok ? "UP" : "DOWN", database, searchStatus, backlog);
        return HttpResponse.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(health);
    }
}

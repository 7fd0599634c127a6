package vn.ocop.market.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** A request that takes its time, to be in flight while the server drains (only where a test asks for it). */
@Requires(property = "ocop.test.slow-route", value = "true")
@Controller("/api/test-slow")
@ExecuteOn(TaskExecutors.BLOCKING)
class SlowTestApi {

    @Get
    String slow(@QueryValue(defaultValue = "1000") long millis) throws InterruptedException {
        Thread.sleep(millis);
        return "done after " + millis + " ms";
    }
}

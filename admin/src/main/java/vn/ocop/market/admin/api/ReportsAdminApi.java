package vn.ocop.market.admin.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.report.RenderedReport;
import vn.ocop.market.report.ReportFormat;
import vn.ocop.market.report.Reports;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.shared.NotFoundException;

import java.time.LocalDate;

/**
 * The programme's reports for provincial systems, as XLSX, PDF or JSON with the same numbers:
 * {@code /api/admin/reports/ocop-progress.xlsx?province=&from=&to=}. A client with the reports
 * scope reads any province and the whole country; texts are in Vietnamese.
 */
@Controller("/api/admin/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportsAdminApi {

    private final Reports reports;

    ReportsAdminApi(Reports reports) {
        this.reports = reports;
    }

    @Get("/{name}.{format}")
    @RequiresScope(ApiScope.REPORTS_READ)
    public HttpResponse<?> report(@PathVariable String name, @PathVariable String format,
                                       @Nullable @QueryValue String province, @Nullable @QueryValue LocalDate from,
                                       @Nullable @QueryValue LocalDate to) {
        ReportFormat f = ReportFormat.of(format).orElseThrow(() -> new NotFoundException("No report format " + format));
        reports.find(name).orElseThrow(() -> new NotFoundException("No report " + name));
        RenderedReport file = reports.render(name, reports.parameters(province, from, to), f, Messages.VIETNAMESE);
        return HttpResponse.ok(file.bytes())
                .contentType(file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, (f == ReportFormat.JSON ? "inline" : "attachment")
                        + "; filename=\"" + file.fileName() + "\"");
    }
}

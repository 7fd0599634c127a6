package vn.ocop.market.admin.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.certification.RecordCertificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Certificates for provincial systems: record a council decision, list what is recorded. */
@Controller("/api/admin/certificates")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CertificatesAdminApi {

    /** A certificate as the API returns it. */
    @Serdeable
    public record CertificateView(long id, long productId, String certificateNumber, int score, int stars,
                                  String level, String decisionNumber, LocalDate decisionDate, String issuedBy,
                                  Instant validUntil, String state) {
    }

    private final Certifications certifications;
    private final Clock clock;

    CertificatesAdminApi(Certifications certifications, Clock clock) {
        this.certifications = certifications;
        this.clock = clock;
    }

    @Post
    public HttpResponse<CertificateView> record(@Body RecordCertificate command) {
        Certificate saved = certifications.record(command, "api");
        return HttpResponse.created(view(saved));
    }

    @Get
    public List<CertificateView> list() {
        return certifications.all().stream().map(this::view).toList();
    }

    private CertificateView view(Certificate c) {
        Instant now = clock.instant();
        String state = c.revoked() ? "REVOKED" : !c.validUntil().isAfter(now) ? "EXPIRED"
                : Listing.isListable(c, now) ? "VALID" : "NOT_CERTIFIED";
        return new CertificateView(c.id(), c.productId(), c.certificateNumber(), c.score(), c.stars(),
                c.councilLevel().name(), c.decisionNumber(), c.decisionDate(), c.issuedBy(), c.validUntil(), state);
    }
}

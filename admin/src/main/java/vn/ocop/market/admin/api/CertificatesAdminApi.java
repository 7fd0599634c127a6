package vn.ocop.market.admin.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.CertificateQuery;
import vn.ocop.market.certification.CertificateRegistry;
import vn.ocop.market.certification.CertificateRow;
import vn.ocop.market.certification.CertificateState;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.certification.CouncilLevel;
import vn.ocop.market.certification.RecordCertificate;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Certificates for provincial systems: record a council decision, revoke, list by state, level or expiry. */
@Controller("/api/admin/certificates")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CertificatesAdminApi {

    /** The body of a council decision. */
    @Serdeable
    public record Request(@Nullable Long productId, @Nullable Integer score, @Nullable String level,
                          @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
                          @Nullable String issuedBy, @Nullable String certificateNumber) {
    }

    /** The body of a revocation. */
    @Serdeable
    public record Revocation(@Nullable String reason, @Nullable String reference) {
    }

    /** A certificate as the API returns it; the revocation and expiry fields are absent until they happen. */
    @Serdeable
    public record CertificateView(long id, long productId, String certificateNumber, int score, int stars,
                                  String level, String decisionNumber, LocalDate decisionDate, String issuedBy,
                                  Instant validUntil, String state, @Nullable String revokedReason,
                                  @Nullable String revokedReference, @Nullable Instant revokedAt,
                                  @Nullable String revokedBy, @Nullable Instant expiredAt,
                                  @Nullable Long supersededBy) {
    }

    private final Certifications certifications;
    private final CertificateRegistry registry;
    private final Clock clock;

    CertificatesAdminApi(Certifications certifications, CertificateRegistry registry, Clock clock) {
        this.certifications = certifications;
        this.registry = registry;
        this.clock = clock;
    }

    @Post
    @RequiresScope(ApiScope.CERTIFICATES_WRITE)
    public HttpResponse<CertificateView> record(@Body Request body, io.micronaut.http.HttpRequest<?> request) {
        List<FieldError> errors = new ArrayList<>();
        CouncilLevel level = Enums.parse(CouncilLevel.class, body.level(), "level", errors);
        RecordCertificate command = new RecordCertificate(body.productId(), body.score(), level, body.decisionNumber(),
                body.decisionDate(), body.issuedBy(), body.certificateNumber());
        if (!errors.isEmpty()) {
            try {
                certifications.check(command);
            } catch (InvalidInputException e) {
                e.errors().stream().filter(x -> !x.field().equals("level")).forEach(errors::add);
            }
            throw new InvalidInputException(errors);
        }
        Certifications.Recorded recorded = certifications.recordOnce(command, ApiCaller.actor(request));
        // The same decision sent again (a retried call, a re-sent batch) is answered with the
        // certificate already recorded and 200 instead of 201: nothing was written.
        return recorded.alreadyRecorded() ? HttpResponse.ok(view(recorded.certificate()))
                : HttpResponse.created(view(recorded.certificate()));
    }

    @Post("/{id}/revocation")
    @RequiresScope(ApiScope.CERTIFICATES_WRITE)
    public CertificateView revoke(@PathVariable long id, @Body Revocation body, io.micronaut.http.HttpRequest<?> request) {
        return view(certifications.revoke(id, body.reason(), body.reference(), ApiCaller.actor(request)));
    }

    @Get
    @RequiresScope(ApiScope.REPORTS_READ)
    public List<CertificateView> list(@Nullable @QueryValue String state, @Nullable @QueryValue Integer expiringWithinDays,
                                      @Nullable @QueryValue String province, @Nullable @QueryValue Integer stars,
                                      @Nullable @QueryValue String level, @Nullable @QueryValue String q) {
        List<FieldError> errors = new ArrayList<>();
        CertificateState s = state == null || state.isBlank() ? null : Enums.parse(CertificateState.class, state, "state", errors);
        CouncilLevel l = level == null || level.isBlank() ? null : Enums.parse(CouncilLevel.class, level, "level", errors);
        if (expiringWithinDays != null && (expiringWithinDays < 1 || expiringWithinDays > 3650)) {
            errors.add(FieldError.of("expiringWithinDays", "certification.api.daysOutOfRange"));
        }
        if (stars != null && (stars < 1 || stars > 5)) {
            errors.add(FieldError.of("stars", "certification.api.starsOutOfRange"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return registry.search(new CertificateQuery(q, province, stars, l, s, expiringWithinDays, 5000)).stream()
                .map(CertificateRow::certificate).map(this::view).toList();
    }

    private CertificateView view(Certificate c) {
        return new CertificateView(c.id(), c.productId(), c.certificateNumber(), c.score(), c.stars(),
                c.councilLevel().name(), c.decisionNumber(), c.decisionDate(), c.issuedBy(), c.validUntil(),
                c.state(clock.instant()).name(), c.revokedReason(), c.revokedReference(), c.revokedAt(), c.revokedBy(),
                c.expiredAt(), c.supersededBy());
    }
}

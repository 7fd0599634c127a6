package vn.ocop.market.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.ocop.market.account.OfficerProvinces;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.region.Province;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may see which province's reports in the console: an officer with a province only that one
 * (whatever is asked), an officer without one and platform admins any province or the whole country,
 * producers none.
 */
@Singleton
public class ReportAccess {

    private final Reports reports;
    private final OfficerProvinces officers;

    ReportAccess(Reports reports, OfficerProvinces officers) {
        this.reports = reports;
        this.officers = officers;
    }

    /** The province the user is held to, if any; refused for anyone but officers and admins. */
    public Optional<Province> heldTo(SignedInUser user) {
        if (user == null || !user.hasRole(Role.OFFICER, Role.ADMIN)) {
            throw new SecurityException("Only officers and admins read the programme's reports");
        }
        return officers.of(user);
    }

    /** Checked parameters for the user: an officer held to a province gets it, whatever was asked. */
    public ReportParameters parameters(SignedInUser user, @Nullable String province, @Nullable LocalDate from,
                                       @Nullable LocalDate to) {
        Optional<Province> own = heldTo(user);
        return reports.parameters(own.map(Province::name).orElse(province), from, to);
    }
}

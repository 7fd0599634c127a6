package vn.ocop.market.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.audit.AuditTrail;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.time.Clock;
import java.util.Optional;

/**
 * The province an officer works for: its dashboard and reports show that province only. An officer
 * without one works for the whole country (the ministry's staff). Only a platform admin assigns it.
 */
@Singleton
public class OfficerProvinces {

    private final UserRepository users;
    private final Provinces provinces;
    private final AuditTrail audit;
    private final Clock clock;

    OfficerProvinces(UserRepository users, Provinces provinces, AuditTrail audit, Clock clock) {
        this.users = users;
        this.provinces = provinces;
        this.audit = audit;
        this.clock = clock;
    }

    /** The officer's province, read now (an admin's change applies on the officer's next page). */
    public Optional<Province> of(SignedInUser user) {
        if (user == null || user.role() != Role.OFFICER) {
            return Optional.empty();
        }
        return users.findProvince(user.id()).map(UserRepository.ProvinceRow::province).flatMap(provinces::find);
    }

    /** An account's province, as a platform admin sees it; empty for the whole country or not an officer. */
    public Optional<Province> ofAccount(SignedInUser admin, long userId) {
        AccountAdministration.requireAdmin(admin);
        return users.findProvince(userId).map(UserRepository.ProvinceRow::province).flatMap(provinces::find);
    }

    /** Assigns an officer's province by its current or former name; blank for the whole country. */
    @Transactional
    public void assign(SignedInUser admin, long officerId, @Nullable String province) {
        AccountAdministration.requireAdmin(admin);
        Province p = null;
        if (province != null && !province.isBlank()) {
            p = provinces.find(province).orElseThrow(() -> InvalidInputException.of("province",
                    "account.province.unknown", province.strip()));
        }
        if (users.updateProvince(officerId, p == null ? null : p.name(), clock.instant()) == 0) {
            throw new NotFoundException("No officer " + officerId);
        }
        audit.record(admin.email(), "OFFICER_PROVINCE", null, null, "officer " + officerId + " works for "
                + (p == null ? "the whole country" : p.name()));
    }
}

package vn.ocop.market.order;

import jakarta.inject.Singleton;
import vn.ocop.market.shared.Sql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery addresses a signed-in shopper used before (remembered at each checkout), newest first. */
@Singleton
public class SavedAddresses {

    /** One remembered address; the e-mail is the account's, so it is not kept here. */
    public record SavedAddress(String contactName, String phone, String provinceCode, String provinceName,
                               String communeCode, String communeName, String street, Instant lastUsedAt) {

        public String oneLine() {
            return street + ", " + communeName + ", " + provinceName;
        }
    }

    private final Sql sql;

    SavedAddresses(Sql sql) {
        this.sql = sql;
    }

    /** Every address of the shopper, the one used last first. */
    public List<SavedAddress> of(long userId) {
        return sql.list("""
                SELECT contact_name, phone, province_code, province_name, commune_code, commune_name, street, last_used_at
                FROM customer_address WHERE user_id = ? ORDER BY last_used_at DESC, id DESC LIMIT 20""",
                rs -> new SavedAddress(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), Sql.instant(rs, "last_used_at")), userId);
    }

    /** The address used last, to prefill the next checkout. */
    public Optional<SavedAddress> last(long userId) {
        return of(userId).stream().findFirst();
    }
}

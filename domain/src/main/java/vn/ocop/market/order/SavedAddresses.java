package vn.ocop.market.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery addresses a signed-in shopper used before (remembered at each checkout), newest first. */
@Singleton
public class SavedAddresses {

    /** One remembered address; the e-mail is the account's, so it is not kept here. */
    @Introspected
    public record SavedAddress(String contactName, String phone, @Nullable String provinceCode, String provinceName,
                               @Nullable String communeCode, String communeName, String street, Instant lastUsedAt) {

        public String oneLine() {
            return street + ", " + communeName + ", " + provinceName;
        }
    }

    private final CustomerAddressRepository addresses;

    SavedAddresses(CustomerAddressRepository addresses) {
        this.addresses = addresses;
    }

    /** Every address of the shopper, the one used last first. */
    public List<SavedAddress> of(long userId) {
        return addresses.recent(userId);
    }

    /** The address used last, to prefill the next checkout. */
    public Optional<SavedAddress> last(long userId) {
        return of(userId).stream().findFirst();
    }
}

package vn.ocop.market.account;

import io.micronaut.core.annotation.Nullable;

/** Who is signed in; the producer id scopes everything a producer may see. */
public record SignedInUser(long id, String email, String displayName, Role role, @Nullable Long producerId) {

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}

package vn.ocop.market.account;

import io.micronaut.core.annotation.Nullable;

/**
 * Who is signed in; the producer id scopes everything a producer may see. The credentials version
 * is the account's at sign-in: once a password change or reset moves it on, the session is over.
 */
public record SignedInUser(long id, String email, String displayName, Role role, @Nullable Long producerId,
                           int credentialsVersion) {

    public SignedInUser(long id, String email, String displayName, Role role, @Nullable Long producerId) {
        this(id, email, displayName, role, producerId, 0);
    }

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}

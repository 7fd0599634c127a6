package vn.ocop.market.apiclient;

/** A client id and its new secret: shown once, never stored in clear. The API takes it as {@code Bearer <clientId>.<secret>}. */
public record IssuedCredential(String clientId, String secret) {

    public String bearerToken() {
        return clientId + "." + secret;
    }

    @Override
    public String toString() {
        return "IssuedCredential[" + clientId + "]";
    }
}

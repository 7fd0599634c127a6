package vn.ocop.market.apiclient;

import java.util.Optional;

/** What an API client may do; the code is how the API and its document name the scope. */
public enum ApiScope {
    CERTIFICATES_WRITE("certificates:write"),
    CATALOG_WRITE("catalog:write"),
    REPORTS_READ("reports:read"),
    /** Capturing EPCIS events of batches ({@code POST /api/epcis/capture}). */
    TRACEABILITY_WRITE("traceability:write");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ApiScope> of(String code) {
        for (ApiScope s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

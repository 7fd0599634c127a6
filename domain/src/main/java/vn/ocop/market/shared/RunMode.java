package vn.ocop.market.shared;

import java.util.Locale;

/**
 * How the application runs. DEMO: embedded engines, the demo catalog and demo credentials (only into
 * an empty database). PRODUCTION: every engine and secret from the environment, nothing demo.
 * Read from the property {@value #PROPERTY} (environment OCOP_MODE); production unless said otherwise.
 */
public enum RunMode {
    DEMO, PRODUCTION;

    public static final String PROPERTY = "ocop.mode";

    /** The mode named by a property value; anything but "demo" is production, so a typo is never unsafe. */
    public static RunMode of(String value) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("demo") ? DEMO : PRODUCTION;
    }

    public boolean demo() {
        return this == DEMO;
    }
}

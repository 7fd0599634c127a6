package vn.ocop.market.shared;

/** Recognises a refused write by the name of the unique key or constraint it broke. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether {@code e} (or a cause) is a violation of the named unique key or constraint. */
    public static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException && t.getMessage() != null
                    && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}

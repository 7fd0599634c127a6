package vn.ocop.market.app;

/** The configuration is not safe to run in production; the message lists every problem. */
final class ConfigRefused extends RuntimeException {

    ConfigRefused(String message) {
        // No stack: the message is the whole story for an operator.
        super(message, null, false, false);
    }
}

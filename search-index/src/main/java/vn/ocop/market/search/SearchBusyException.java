package vn.ocop.market.search;

/**
 * The search engine is away and the database already runs as many fallback searches as it may:
 * the search is refused at once (the API answers 503, the page asks to try again) rather than
 * queued on the connection pool that checkout and product pages need.
 */
public class SearchBusyException extends RuntimeException {

    public SearchBusyException() {
        super("search is busy: the search engine is unavailable and the database fallback is at its limit");
    }

    /** How long a client should wait before trying again, in seconds. */
    public int retryAfterSeconds() {
        return 2;
    }
}

package vn.ocop.market.live;

/** How an event is streamed: to the platform's media server with a stream key, or elsewhere (embedded). */
public enum LiveMode {
    PLATFORM, EXTERNAL
}

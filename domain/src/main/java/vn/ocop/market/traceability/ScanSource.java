package vn.ocop.market.traceability;

import io.micronaut.core.annotation.Nullable;

/**
 * Who scanned a trace link, as its request tells: the client's address (hashed before it is
 * stored), its User-Agent, whether the request was a HEAD or a browser's prefetch (never counted),
 * and the province code the client chose to share, if any.
 */
public record ScanSource(String clientAddress, @Nullable String userAgent, boolean headOrPrefetch,
                         @Nullable String province) {

    /** The agent class of the request; HEAD requests and prefetches count as bots. */
    public AgentClass agentClass() {
        return headOrPrefetch ? AgentClass.BOT : AgentClass.of(userAgent);
    }
}

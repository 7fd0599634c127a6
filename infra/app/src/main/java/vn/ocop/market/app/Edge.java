package vn.ocop.market.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Limits of the HTTP edge ({@code ocop.http.*}): request bodies, who may set forwarded headers,
 * and how long sessions nobody signed in to live.
 *
 * @param maxBodyBytes            JSON and webhook bodies under /api (413 above)
 * @param maxUploadBytes          any other body: Vaadin's requests and uploads
 * @param trustedProxies          IPs or CIDR ranges whose X-Forwarded-For/Proto and Forwarded are believed
 * @param anonymousSessionSeconds idle lifetime of a session until someone signs in
 * @param anonymousSessionCap     most anonymous sessions kept; the oldest are ended beyond it
 */
@ConfigurationProperties("ocop.http")
public record Edge(@Bindable(defaultValue = "1048576") long maxBodyBytes,
                   @Bindable(defaultValue = "20971520") long maxUploadBytes,
                   @Bindable(defaultValue = "") String trustedProxies,
                   @Bindable(defaultValue = "180") int anonymousSessionSeconds,
                   @Bindable(defaultValue = "20000") int anonymousSessionCap) {
}

package vn.ocop.market.live.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.api.ClientAddress;
import vn.ocop.market.live.LiveStreams;
import vn.ocop.market.live.MediaServer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * The media server's callbacks (nginx-rtmp {@code on_publish} / {@code on_publish_done}, form-encoded,
 * {@code name} = the stream key). Only the media server may call them: from a configured address or
 * loopback, carrying the shared secret. An accepted push is answered with a redirect to the event's
 * public stream name, so the key never appears in playback or recording names; anything else is 403.
 */
@Controller("/api/live/rtmp")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RtmpCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(RtmpCallbacks.class);

    private final LiveStreams streams;
    private final MediaServer media;
    private final Set<String> allowed;

    RtmpCallbacks(LiveStreams streams, MediaServer media,
                  @io.micronaut.context.annotation.Value("${ocop.live.callback-addresses:}") String allowed) {
        this.streams = streams;
        this.media = media;
        this.allowed = Set.of(allowed.isBlank() ? new String[0] : allowed.split("\\s*,\\s*"));
    }

    @Post(uri = "/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_PLAIN)
    public HttpResponse<String> publish(HttpRequest<?> request, @QueryValue @Nullable String secret,
                                        @Nullable String name) {
        if (!trusted(request, secret)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body("forbidden");
        }
        LiveStreams.Decision decision = streams.publish(name);
        if (!decision.accepted()) {
            LOG.info("Stream refused: {}", decision.reason());
            return HttpResponse.status(HttpStatus.FORBIDDEN).body("refused");
        }
        return HttpResponse.<String>status(HttpStatus.FOUND)
                .header("Location", MediaServer.streamName(decision.eventId())).body("live");
    }

    @Post(uri = "/publish-done", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_PLAIN)
    public HttpResponse<String> publishDone(HttpRequest<?> request, @QueryValue @Nullable String secret,
                                            @Nullable String name) {
        if (!trusted(request, secret)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body("forbidden");
        }
        streams.publishDone(name);
        return HttpResponse.ok("ok");
    }

    private boolean trusted(HttpRequest<?> request, @Nullable String secret) {
        String from = ClientAddress.of(request);
        return media.trustedCallback(secret) && (allowed.contains(from) || loopback(from));
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

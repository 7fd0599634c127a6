package vn.ocop.market.app.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.app.http.PolicySources;
import vn.ocop.market.live.MediaServer;
import vn.ocop.market.shared.RunMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The media server: nginx with Debian's RTMP module, started by the application once its HTTP port is
 * known (in the demo mode when both are installed, or when {@code ocop.live.media-server.start} is
 * {@code on}) from a config generated under the data dir, and stopped with the application. Without
 * nginx or the module, on-platform streaming is unavailable and the rest works.
 */
@Singleton
public class NginxMediaServer implements MediaServer, PolicySources {

    private static final Logger LOG = LoggerFactory.getLogger(NginxMediaServer.class);

    private final String start;
    private final boolean demo;
    private final Path dataDir;
    private final String host;
    private final int rtmpPort;
    private final int httpPort;
    private final String rtmpUrl;
    private final String hlsUrl;
    private final String nginx;
    private final Path module;
    private final Recordings recordings;
    private final String secret;
    private volatile Process process;
    private volatile NginxConfig config;

    NginxMediaServer(@Value("${ocop.live.media-server.start:auto}") String start,
                     @Value("${ocop.mode:production}") String mode,
                     @Value("${ocop.data-dir:data}") String dataDir,
                     @Value("${ocop.live.host:127.0.0.1}") String host,
                     @Value("${ocop.live.rtmp-port:1935}") int rtmpPort,
                     @Value("${ocop.live.http-port:8935}") int httpPort,
                     @Value("${ocop.live.rtmp-url:}") String rtmpUrl,
                     @Value("${ocop.live.hls-url:}") String hlsUrl,
                     @Value("${ocop.live.nginx:nginx}") String nginx,
                     @Value("${ocop.live.rtmp-module:/usr/lib/nginx/modules/ngx_rtmp_module.so}") String module,
                     @Value("${ocop.live.ffmpeg:ffmpeg}") String ffmpeg) {
        this.start = start.strip().toLowerCase(java.util.Locale.ROOT);
        this.demo = RunMode.of(mode).demo();
        this.dataDir = Path.of(dataDir).toAbsolutePath();
        this.host = host;
        this.rtmpPort = rtmpPort;
        this.httpPort = httpPort;
        this.rtmpUrl = rtmpUrl.isBlank() ? "rtmp://" + host + ":" + rtmpPort + "/live" : rtmpUrl;
        this.hlsUrl = trimSlash(hlsUrl.isBlank() ? "http://" + host + ":" + httpPort : hlsUrl);
        this.nginx = nginx;
        this.module = Path.of(module);
        this.recordings = new Recordings(ffmpeg, this.dataDir);
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        this.secret = HexFormat.of().formatHex(bytes);
    }

    /** Starts nginx once the application listens (the callbacks need its port). */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        boolean wanted = start.equals("on") || (start.equals("auto") && demo);
        if (!wanted) {
            return;
        }
        if (!installed()) {
            LOG.warn("Live streaming on the platform is unavailable: install nginx and libnginx-mod-rtmp (see README)");
            return;
        }
        int appPort = event.getSource().getPort();
        startNginx(new NginxConfig(dataDir.resolve("live").resolve("nginx"), recordings.replays(), module, host,
                rtmpPort, httpPort, "http://127.0.0.1:" + appPort, secret));
    }

    /** Whether nginx and its RTMP module are installed. */
    boolean installed() {
        return Files.isRegularFile(module) && Recordings.onPath(nginx);
    }

    private synchronized void startNginx(NginxConfig c) {
        try {
            for (String sub : List.of("logs", "hls", "rec", "tmp")) {
                Files.createDirectories(c.dir().resolve(sub));
            }
            Files.createDirectories(c.replays());
            Files.writeString(c.file(), c.text());
            Process p = new ProcessBuilder(nginx, "-p", c.dir().toString(), "-c", c.file().toString(),
                    "-e", c.dir().resolve("logs/error.log").toString())
                    .redirectErrorStream(true).redirectOutput(c.dir().resolve("logs/nginx.out").toFile()).start();
            if (p.waitFor(500, TimeUnit.MILLISECONDS)) {
                LOG.warn("The media server stopped at once (exit {}); see {}", p.exitValue(), c.dir().resolve("logs"));
                return;
            }
            this.process = p;
            this.config = c;
            LOG.info("Media server: RTMP {} (stream key = the event's key), HLS {}/hls/", rtmpUrl, hlsUrl);
        } catch (IOException e) {
            LOG.warn("The media server did not start: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    synchronized void stop() {
        Process p = process;
        process = null;
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean available() {
        Process p = process;
        return p != null && p.isAlive();
    }

    @Override
    public String rtmpUrl() {
        return rtmpUrl;
    }

    @Override
    public @Nullable String playbackUrl(long eventId) {
        return available() ? hlsUrl + "/hls/" + MediaServer.streamName(eventId) + ".m3u8" : null;
    }

    /** Null while the server is not running: nginx serves the replays, so there would be nothing to play. */
    @Override
    public @Nullable String replayUrl(String recording) {
        String prefix = Recordings.REPLAYS + "/";
        return available() && recording != null && recording.startsWith(prefix) && !recording.contains("..")
                ? hlsUrl + "/replays/" + recording.substring(prefix.length()) : null;
    }

    @Override
    public Optional<String> finishRecording(long eventId) {
        NginxConfig c = config;
        if (c == null) {
            return Optional.empty();
        }
        return recordings.remux(c.recordings().resolve(MediaServer.streamName(eventId) + ".flv"), eventId);
    }

    @Override
    public boolean deleteRecording(long eventId, String recording) {
        return recordings.delete(eventId, recording);
    }

    @Override
    public String publishRedirect(long eventId) {
        return "rtmp://127.0.0.1:" + rtmpPort + "/show/" + MediaServer.streamName(eventId);
    }

    @Override
    public boolean trustedCallback(@Nullable String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(), secret.getBytes());
    }

    /**
     * Live pages fetch HLS playlists and segments from the media server's origin (scheme, host,
     * port: {@code connect-src}) and play them ({@code media-src}).
     */
    @Override
    public Map<String, List<String>> sources() {
        java.net.URI hls = java.net.URI.create(hlsUrl);
        String origin = hls.getScheme() + "://" + hls.getAuthority();
        return Map.of("media-src", List.of(origin), "connect-src", List.of(origin));
    }

    /** The replays' recordings (the demo data records one). */
    public Recordings recordings() {
        return recordings;
    }

    /** The generated config while the server runs (tests read its folders). */
    public Optional<Path> folder() {
        NginxConfig c = config;
        return c == null ? Optional.empty() : Optional.of(c.dir());
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

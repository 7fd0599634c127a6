package vn.ocop.market.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.app.live.NginxMediaServer;
import vn.ocop.market.live.LiveDraft;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveMode;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.live.MediaServer;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real media server: nginx with the RTMP module from the generated config, and ffmpeg pushing its
 * test pattern with the event's key. The event turns LIVE, the HLS playlist appears, ending the push
 * ends the event and leaves an MP4 replay; a wrong key and a reused key are refused by nginx.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStreamingTest implements TestEnvironment {

    private static final int RTMP_PORT = freePort();
    private static final int HTTP_PORT = freePort();
    private static final Path DATA_DIR = tempDir();

    @Inject Fixtures fixtures;
    @Inject LiveEvents live;
    @Inject MediaServer media;
    @Inject NginxMediaServer nginx;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new java.util.HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.live.media-server.start", "on");
        props.put("ocop.live.rtmp-port", String.valueOf(RTMP_PORT));
        props.put("ocop.live.http-port", String.valueOf(HTTP_PORT));
        props.put("ocop.data-dir", DATA_DIR.toString());
        return props;
    }

    @Test
    void aPushWithTheKeyTurnsTheEventLiveServesHlsAndLeavesAReplay() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffmpeg")), "ffmpeg is installed");
        assertTrue(media.available(), "nginx with libnginx-mod-rtmp runs from the generated config");
        Producer producer = fixtures.producer("HTX Phát trực tiếp " + System.nanoTime(), "Thái Nguyên");
        SignedInUser owner = new SignedInUser(840_001, "stream@example.vn", "Chủ thể", Role.PRODUCER, producer.id());
        Product tea = fixtures.product(producer, "Trà phát trực tiếp", ProductGroup.FOOD, 200_000);
        fixtures.certify(tea, 80, LocalDate.now().minusDays(3));
        LiveEvents.Scheduled s = live.schedule(owner, new LiveDraft("Live thử", null, null,
                Instant.now().plus(Duration.ofMinutes(10)), 30, LiveMode.PLATFORM, null,
                List.of(new LiveDraft.Item(tea.id(), null, 150_000L, 5, 1))));
        long id = s.event().id();

        Process wrong = push("live_" + "0".repeat(48), 4);
        assertTrue(wrong.waitFor(20, TimeUnit.SECONDS));
        assertNotEquals(0, wrong.exitValue(), "nginx refuses a wrong key");
        assertEquals(LiveStatus.SCHEDULED, live.find(id).orElseThrow().status());

        long before = live.find(id).orElseThrow().version();
        Process right = push(s.streamKey(), 12);
        waitUntil(() -> live.find(id).orElseThrow().status() == LiveStatus.LIVE, 15, "the event turns LIVE");
        assertTrue(live.find(id).orElseThrow().version() > before, "viewers see the change");
        LiveState state = live.state(id);
        assertEquals("http://127.0.0.1:" + HTTP_PORT + "/hls/e" + id + ".m3u8", state.playbackUrl());
        assertEquals(150_000L, state.items().getFirst().livePriceVnd());
        assertFalse(state.playbackUrl().contains(s.streamKey()), "the key never appears in the playback address");
        waitUntil(() -> get(state.playbackUrl()).statusCode() == 200, 20, "the HLS playlist appears");
        HttpResponse<String> playlist = get(state.playbackUrl());
        assertTrue(playlist.body().startsWith("#EXTM3U"), playlist.body());
        assertEquals("*", playlist.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

        Process reused = push(s.streamKey(), 3);
        assertTrue(reused.waitFor(20, TimeUnit.SECONDS));
        assertNotEquals(0, reused.exitValue(), "a second publisher with the same key is refused");

        assertTrue(right.waitFor(40, TimeUnit.SECONDS));
        waitUntil(() -> live.find(id).orElseThrow().status() == LiveStatus.ENDED
                && live.find(id).orElseThrow().recording() != null, 30, "ending the push ends the event with a replay");
        LiveEvent ended = live.find(id).orElseThrow();
        Path mp4 = DATA_DIR.resolve(ended.recording());
        assertTrue(Files.size(mp4) > 10_000, "a replay MP4 exists: " + mp4);
        LiveState replay = live.state(id);
        assertNotNull(replay.replayUrl());
        HttpResponse<String> served = get(replay.replayUrl());
        assertEquals(200, served.statusCode(), replay.replayUrl());

        Process late = push(s.streamKey(), 3);
        assertTrue(late.waitFor(20, TimeUnit.SECONDS));
        assertNotEquals(0, late.exitValue(), "the key of an ended event is refused");
        assertEquals(LiveStatus.ENDED, live.find(id).orElseThrow().status());
    }

    @Test
    void callbacksWithoutTheSharedSecretAreRefused() throws Exception {
        int port = nginx.folder().isPresent() ? appPort() : 0;
        Assumptions.assumeTrue(port > 0);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/live/rtmp/publish?secret=wrong")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=live_abcdefabcdef")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
    }

    @Inject io.micronaut.runtime.server.EmbeddedServer server;

    private int appPort() {
        return server.getPort();
    }

    private Process push(String key, int seconds) throws IOException {
        return new ProcessBuilder("ffmpeg", "-nostdin", "-loglevel", "error", "-re", "-f", "lavfi", "-i",
                "testsrc=size=320x240:rate=25", "-t", String.valueOf(seconds), "-c:v", "libx264", "-preset", "ultrafast",
                "-g", "25", "-pix_fmt", "yuv420p", "-f", "flv", "rtmp://127.0.0.1:" + RTMP_PORT + "/live/" + key)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("ocop-live-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

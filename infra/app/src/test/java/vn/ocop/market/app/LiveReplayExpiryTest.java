package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.app.live.NginxMediaServer;
import vn.ocop.market.app.live.Recordings;
import vn.ocop.market.live.ExpiringReplays;
import vn.ocop.market.live.LiveEvent;
import vn.ocop.market.live.LiveEvents;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.live.LiveStatus;
import vn.ocop.market.live.ui.LiveListView;
import vn.ocop.market.live.ui.LivePageView;
import vn.ocop.market.producer.Producer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays are kept 90 days: the scheduled job deletes the files of older recordings (a real MP4 made
 * by ffmpeg, or written bytes without it, and the push's FLV left behind), clears the recording and
 * stamps the event; the media server (nginx, when installed) stops serving it, the replay page says
 * the replay expired, in Vietnamese and English, and the list of replays no longer shows it. A replay
 * 89 days old keeps its file and its player.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveReplayExpiryTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(LiveListView.class, LivePageView.class), Set.of(), true);
    private static final Path DATA_DIR = tempDir();
    private static final int RTMP_PORT = freePort();
    private static final int HTTP_PORT = freePort();

    @Inject ApplicationContext context;
    @Inject Fixtures fixtures;
    @Inject LiveFixtures liveFixtures;
    @Inject TestSql sql;
    @Inject LiveEvents live;
    @Inject NginxMediaServer media;

    private final Path dataDir = DATA_DIR;
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.data-dir", DATA_DIR.toString());
        // The media server when installed (it serves the replays), on ports of its own.
        props.put("ocop.live.media-server.start", "on");
        props.put("ocop.live.rtmp-port", String.valueOf(RTMP_PORT));
        props.put("ocop.live.http-port", String.valueOf(HTTP_PORT));
        return props;
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** An ended on-platform event with a replay file on disk, recorded as its replay. */
    private long replay(Producer producer, String title, Instant endedAt) throws IOException {
        long id = liveFixtures.liveEvent(producer, title, endedAt.minus(Duration.ofHours(1)));
        liveFixtures.end(id, endedAt);
        Recordings recordings = media.recordings();
        Path mp4 = recordings.replayFile(id);
        if (!recordings.recordTestPattern(id, 1)) {
            Files.createDirectories(mp4.getParent());
            Files.write(mp4, new byte[64 * 1024]);
        }
        assertTrue(Files.size(mp4) > 0, "the replay file exists: " + mp4);
        sql.update("UPDATE live_event SET recording = ? WHERE id = ?", Recordings.relative(id), id);
        return id;
    }

    @Test
    void replaysOlderThanNinetyDaysLoseTheirFilesAndSayTheyExpired() throws Exception {
        Instant now = Instant.now();
        Producer producer = fixtures.producer("HTX Xem lại " + System.nanoTime(), "Thái Nguyên");
        long old = replay(producer, "Phiên chè tháng trước", now.minus(Duration.ofDays(91)));
        long recent = replay(producer, "Phiên chè gần đây", now.minus(Duration.ofDays(89)));
        Path oldMp4 = dataDir.resolve(Recordings.relative(old));
        Path recentMp4 = dataDir.resolve(Recordings.relative(recent));
        Path leftFlv = dataDir.resolve("live/nginx/rec/e" + old + ".flv");
        Files.createDirectories(leftFlv.getParent());
        Files.write(leftFlv, new byte[1024]);

        String served = "http://127.0.0.1:" + HTTP_PORT + "/replays/e" + old + ".mp4";
        if (media.available()) {
            assertEquals(200, status(served), "nginx serves the replay file before");
        }
        LiveState before = live.state(old);
        assertNull(before.replayUrl(), "past the 90 days no player is offered, even before the job ran");
        assertTrue(before.replayExpired());
        long version = liveFixtures.version(old);

        ExpiringReplays.Result result = context.getBean(ExpiringReplays.class).run();
        assertEquals(0, result.failed(), result.toString());
        // Another test context's scheduled pass may have taken it down first; either way it is done at once.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (live.find(old).orElseThrow().recording() != null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(oldMp4), "the old replay's MP4 is deleted");
        assertFalse(Files.exists(leftFlv), "the push recording left behind is deleted too");
        assertTrue(Files.exists(recentMp4), "a replay 89 days old is kept");
        if (media.available()) {
            assertEquals(404, status(served), "nginx no longer serves it");
            assertEquals(200, status(live.state(recent).replayUrl()), "the recent replay is still served");
        }

        LiveEvent taken = live.find(old).orElseThrow();
        assertEquals(LiveStatus.ENDED, taken.status());
        assertNull(taken.recording(), "the replay is marked gone");
        assertNotNull(taken.replayExpiredAt());
        assertTrue(liveFixtures.version(old) > version, "open pages see the change");
        assertTrue(live.state(old).replayExpired());
        assertNull(live.state(old).replayUrl());
        assertNotNull(live.find(recent).orElseThrow().recording());
        assertEquals(media.available(), live.state(recent).replayUrl() != null,
                "the recent replay plays while the media server serves it");
        assertFalse(live.state(recent).replayExpired());
        assertEquals(0, context.getBean(ExpiringReplays.class).run().expired(), "nothing left to take down");
        assertTrue(taken.replayExpired(now, Duration.ofDays(365)), "once taken down it stays expired");
        assertTrue(live.find(recent).orElseThrow().replayExpired(now, Duration.ofDays(30)),
                "with fewer replay days configured the recent replay would be over too");

        List<Long> listed = live.listFor(LiveStatus.ENDED, LiveEvents.LIST_MAX).stream().map(LiveEvent::id).toList();
        assertFalse(listed.contains(old), "the API's list of replays leaves it out");
        assertTrue(listed.contains(recent));

        // The replay page: the Vietnamese message instead of a player, then the English one.
        UI.getCurrent().navigate("truc-tiep/" + old);
        Paragraph expired = _get(Paragraph.class, spec -> spec.withId("live-replay-expired"));
        assertEquals("Bản ghi của buổi phát này đã hết hạn: bản xem lại chỉ được giữ 90 ngày sau buổi phát.",
                expired.getText());
        assertTrue(videos().isEmpty(), "no broken player");
        VaadinSession.getCurrent().setAttribute(Locale.class, Locale.ENGLISH);
        if (media.available()) {
            UI.getCurrent().navigate("truc-tiep/" + recent);
            assertEquals(Optional.of("http://127.0.0.1:" + HTTP_PORT + "/replays/e" + recent + ".mp4"),
                    videos().stream().map(v -> v.getAttribute("src")).findFirst(), "the recent replay plays");
        }
        UI.getCurrent().navigate("truc-tiep/" + old);
        assertEquals("The replay of this live has expired: replays are kept for 90 days after the live.",
                _get(Paragraph.class, spec -> spec.withId("live-replay-expired")).getText());

        // The list of lives: the recent replay is there, the expired one is not.
        UI.getCurrent().navigate(LiveListView.class);
        Section replays = _get(Section.class, spec -> spec.withId("live-replays"));
        List<String> cards = _find(replays, Div.class, spec -> spec.withClasses("live-card")).stream()
                .map(c -> c.getElement().getAttribute("data-event")).toList();
        assertTrue(cards.contains(String.valueOf(recent)), cards.toString());
        assertFalse(cards.contains(String.valueOf(old)), cards.toString());
    }

    private static List<Element> videos() {
        Div player = _get(Div.class, spec -> spec.withId("live-player"));
        return player.getElement().getChildren().filter(e -> "video".equals(e.getTag())).toList();
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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
            return Files.createTempDirectory("ocop-replay-expiry");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.ocop.market.app.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.live.MediaServer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Replays: the FLV nginx recorded, remuxed by ffmpeg into an MP4 under the data dir's {@code live/replays}. */
public final class Recordings {

    /** The replays' folder, relative to the data dir (what {@code live_event.recording} starts with). */
    public static final String REPLAYS = "live/replays";

    private static final Logger LOG = LoggerFactory.getLogger(Recordings.class);

    private final String ffmpeg;
    private final Path dataDir;

    Recordings(String ffmpeg, Path dataDir) {
        this.ffmpeg = ffmpeg;
        this.dataDir = dataDir;
    }

    Path replays() {
        return dataDir.resolve(REPLAYS);
    }

    /** The MP4 file of an event's replay (it may not exist). */
    public Path replayFile(long eventId) {
        return replays().resolve(MediaServer.streamName(eventId) + ".mp4");
    }

    /** The value {@code live_event.recording} holds for the event's replay. */
    public static String relative(long eventId) {
        return REPLAYS + "/" + MediaServer.streamName(eventId) + ".mp4";
    }

    /** Where nginx records pushes (FLV) before they are remuxed: the media server's {@code rec} folder. */
    Path pushRecordings() {
        return dataDir.resolve("live").resolve("nginx").resolve("rec");
    }

    /**
     * Deletes an event's recording: the replay file {@code recording} names (only inside the replays'
     * folder) and the push recording nginx may have left unconverted. True when neither is left.
     */
    public boolean delete(long eventId, String recording) {
        boolean gone = true;
        if (recording != null && recording.startsWith(REPLAYS + "/") && !recording.contains("..")) {
            gone = deleteFile(dataDir.resolve(recording).normalize());
        } else if (recording != null) {
            LOG.warn("Live event {}: recording {} is not under {}; no file deleted", eventId, recording, REPLAYS);
        }
        return deleteFile(pushRecordings().resolve(MediaServer.streamName(eventId) + ".flv")) && gone;
    }

    private static boolean deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            LOG.warn("Recording {} not deleted: {}", file, e.toString());
            return false;
        }
    }

    /** Whether ffmpeg is installed. */
    public boolean available() {
        return onPath(ffmpeg);
    }

    /** Remuxes the recording (no re-encoding) and removes it; empty when there is none or ffmpeg failed. */
    Optional<String> remux(Path flv, long eventId) {
        if (!Files.isRegularFile(flv) || !available()) {
            LOG.warn("No replay for live event {}: {}", eventId, Files.isRegularFile(flv) ? "ffmpeg missing" : "nothing recorded");
            return Optional.empty();
        }
        settle(flv);
        Path mp4 = replayFile(eventId);
        if (run(List.of(ffmpeg, "-nostdin", "-loglevel", "error", "-y", "-i", flv.toString(), "-c", "copy",
                "-movflags", "+faststart", mp4.toString()), 600)) {
            try {
                Files.deleteIfExists(flv);
            } catch (IOException e) {
                LOG.debug("Recording {} kept: {}", flv, e.toString());
            }
            return Optional.of(relative(eventId));
        }
        return Optional.empty();
    }

    /** Waits (up to 10 s) until nginx stopped writing the recording: its size holds for a second. */
    private static void settle(Path file) {
        try {
            long size = -1;
            for (int i = 0; i < 20; i++) {
                long now = Files.size(file);
                if (now == size) {
                    return;
                }
                size = now;
                Thread.sleep(500);
            }
        } catch (IOException e) {
            LOG.debug("Recording {}: {}", file, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records seconds of ffmpeg's test pattern (with a tone) as the event's replay; false without ffmpeg. */
    public boolean recordTestPattern(long eventId, int seconds) {
        if (!available()) {
            return false;
        }
        try {
            Files.createDirectories(replays());
        } catch (IOException e) {
            return false;
        }
        return run(List.of(ffmpeg, "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "testsrc=size=640x360:rate=25", "-f", "lavfi", "-i", "sine=frequency=440", "-t",
                String.valueOf(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-movflags", "+faststart", replayFile(eventId).toString()), 120);
    }

    private static boolean run(List<String> command, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            LOG.warn("ffmpeg did not run: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean onPath(String command) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}

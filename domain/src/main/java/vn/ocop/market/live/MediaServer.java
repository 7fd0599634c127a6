package vn.ocop.market.live;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * The media server on-platform lives are streamed to (nginx with its RTMP module in the application):
 * whether it runs, where producers push, where viewers play the HLS stream and the replays, and the
 * recording of a stream that ended. When it is unavailable, on-platform streaming is shown as such
 * and everything else works.
 */
public interface MediaServer {

    /** Whether producers can stream to the platform now. */
    boolean available();

    /** The RTMP address producers enter in OBS (the stream key is entered apart), e.g. {@code rtmp://host:1935/live}. */
    String rtmpUrl();

    /** The HLS playlist of an event's stream while it is live, or null when the server is unavailable. */
    @Nullable
    String playbackUrl(long eventId);

    /**
     * Where viewers play a recording kept in the data dir (the path {@link #finishRecording} returned);
     * null while the server that serves it is not running.
     */
    @Nullable
    String replayUrl(String recording);

    /**
     * Turns the recording of the event's stream that just ended into an MP4 replay; empty when there
     * is none (nothing recorded, or the converter missing). Returns the replay's path relative to the data dir.
     */
    Optional<String> finishRecording(long eventId);

    /**
     * Deletes the files of an event's recording (the replay the path names, and any recording of the
     * push left unconverted); true when none of them is left (also when there was nothing to delete).
     */
    boolean deleteRecording(long eventId, String recording);

    /** Where the media server relays an accepted push (the answer to its publish callback). */
    String publishRedirect(long eventId);

    /** Whether a callback carries the media server's shared secret (checked before anything else). */
    boolean trustedCallback(@Nullable String secret);

    /** The stream name the media server uses for an event once its key was accepted (never the key itself). */
    static String streamName(long eventId) {
        return "e" + eventId;
    }
}

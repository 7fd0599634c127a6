package vn.ocop.market.live;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A message of a live event's chat. {@code status} is {@code VISIBLE}, {@code HELD} (a link or a phone
 * number: shown to its author and the moderators until approved) or {@code DELETED}; {@code heldReason}
 * is {@code LINK} or {@code PHONE} for a held message.
 */
@Introspected
public record ChatMessage(long id, long eventId, long userId, String authorName, String body, String status,
                         @Nullable String heldReason, Instant createdAt) {

    public static final String VISIBLE = "VISIBLE";
    public static final String HELD = "HELD";
    public static final String DELETED = "DELETED";

    public boolean held() {
        return HELD.equals(status);
    }

    public boolean deleted() {
        return DELETED.equals(status);
    }

    /**
     * Whether the viewer sees this message: everyone sees visible ones; a held one only its author
     * and the moderators; a deleted one nobody.
     */
    public boolean visibleTo(@Nullable Long viewerUserId, boolean moderator) {
        if (VISIBLE.equals(status)) {
            return true;
        }
        return held() && (moderator || (viewerUserId != null && viewerUserId == userId));
    }
}

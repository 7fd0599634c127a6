package vn.ocop.market.app.http;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps sessions nobody signed in to cheap: every new session starts with a short idle lifetime
 * (an open tab keeps it alive through Vaadin's heartbeat, which beats more often), and when there
 * are more than {@code cap} of them the oldest are ended. Signing in raises a session's lifetime
 * (see {@code CurrentUser.signIn}), which takes it out of this count. A crawler sending requests
 * without cookies thus holds at most {@code cap} sessions, never its request count.
 */
public final class AnonymousSessions implements HttpSessionListener {

    private final int lifetimeSeconds;
    private final int cap;
    // Insertion order = creation order; guarded by this.
    private final LinkedHashMap<String, HttpSession> anonymous = new LinkedHashMap<>();

    public AnonymousSessions(int lifetimeSeconds, int cap) {
        this.lifetimeSeconds = lifetimeSeconds;
        this.cap = cap;
    }

    public int lifetimeSeconds() {
        return lifetimeSeconds;
    }

    /** Sessions currently counted as anonymous. */
    public synchronized int count() {
        return anonymous.size();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval(lifetimeSeconds);
        HttpSession evicted = null;
        synchronized (this) {
            anonymous.put(session.getId(), session);
            Iterator<Map.Entry<String, HttpSession>> oldest = anonymous.entrySet().iterator();
            while (anonymous.size() > cap && oldest.hasNext()) {
                HttpSession candidate = oldest.next().getValue();
                oldest.remove();
                if (stillAnonymous(candidate)) {
                    evicted = candidate;
                    break;
                }
            }
        }
        if (evicted != null) {
            try {
                evicted.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // Ended meanwhile: nothing to free.
            }
        }
    }

    @Override
    public synchronized void sessionDestroyed(HttpSessionEvent event) {
        anonymous.remove(event.getSession().getId());
    }

    private boolean stillAnonymous(HttpSession session) {
        try {
            return session.getMaxInactiveInterval() <= lifetimeSeconds;
        } catch (IllegalStateException gone) {
            return false;
        }
    }
}

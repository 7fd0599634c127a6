package vn.ocop.market.live;

/** The storefront's addresses of live events. */
public final class LivePaths {

    /** The list of lives: live now, upcoming, replays. */
    public static final String LIST = "/truc-tiep";

    private LivePaths() {
    }

    /** An event's live (or replay) page. */
    public static String page(long eventId) {
        return LIST + "/" + eventId;
    }

    /** An event's calendar file. */
    public static String calendar(long eventId) {
        return page(eventId) + "/lich.ics";
    }
}

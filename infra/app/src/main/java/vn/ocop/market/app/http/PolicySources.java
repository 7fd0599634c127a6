package vn.ocop.market.app.http;

import java.util.List;
import java.util.Map;

/**
 * A part of the application whose pages load content from another origin of ours (the live media
 * server's video), implemented as a bean by that part: {@link SecurityHeaders} adds its sources to
 * the Content-Security-Policy every response carries.
 */
public interface PolicySources {

    /** The sources to allow, by directive: {@code "media-src" → ["http://media.example:8935"]}. */
    Map<String, List<String>> sources();
}

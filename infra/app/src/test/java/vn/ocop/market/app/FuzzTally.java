package vn.ocop.market.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the fuzzer saw per area: tried, refused (4xx), accepted (2xx/3xx), leaked (5xx, or a stack
 * trace or class name in the body) and error bodies that were not JSON, with the first failing
 * requests written out so they can be replayed.
 */
final class FuzzTally {

    /** Words that only an internal error puts in a body. */
    private static final List<String> LEAKS = List.of("Exception", "at vn.", "io.micronaut", "\tat ", "java.lang.",
            "org.eclipse.jetty", "com.fasterxml", "SQLState", "org.mariadb");
    private static final int EXAMPLES = 8;

    static final class Area {
        int tried;
        int refused;
        int accepted;
        int created;
        int leaked;
        int serverErrors;
        int notJson;
        int noAnswer;
        final List<String> failures = new ArrayList<>();
    }

    private final Map<String, Area> areas = new ConcurrentSkipListMap<>();

    Area area(String name) {
        return areas.computeIfAbsent(name, n -> new Area());
    }

    /** Counts one answer; returns the problem with it, or null. */
    synchronized String record(String area, String request, RawHttp.Response response) {
        Area a = area(area);
        a.tried++;
        int status = response.status();
        String problem = null;
        String leak = LEAKS.stream().filter(response.body()::contains).findFirst().orElse(null);
        if (status >= 500 || leak != null) {
            a.leaked++;
            if (status >= 500) {
                a.serverErrors++;
            }
            problem = status >= 500 ? "status " + status : "body names \"" + leak + "\"";
        } else if (status >= 400 && !json(response) && underApi(request)) {
            a.notJson++;
            problem = "error body is not JSON (" + response.contentType() + ")";
        }
        if (status >= 400 && status < 500) {
            a.refused++;
        } else if (status < 400) {
            a.accepted++;
            if (status == 201) {
                a.created++;
            }
        }
        if (problem != null && a.failures.size() < EXAMPLES) {
            String body = response.body().replaceAll("\\s+", " ");
            a.failures.add(problem + " ← " + request + " → " + body.substring(0, Math.min(body.length(), 240)));
        }
        return problem;
    }

    /** A connection closed or reset without an HTTP answer: not a leak, but listed. */
    synchronized void noAnswer(String area, String request, Exception e) {
        Area a = area(area);
        a.tried++;
        a.noAnswer++;
        if (a.failures.size() < EXAMPLES) {
            a.failures.add("no answer (" + e.getMessage() + ") ← " + request);
        }
    }

    private static boolean json(RawHttp.Response response) {
        String body = response.body().trim();
        return response.contentType().toLowerCase(Locale.ROOT).startsWith("application/json")
                && (body.startsWith("{") || body.startsWith("["));
    }

    int total() {
        return areas.values().stream().mapToInt(a -> a.tried).sum();
    }

    /** The summary table and the failing requests, as Markdown. */
    String markdown() {
        StringBuilder md = new StringBuilder("## API fuzzing (seeded, property-based)\n\n")
                .append("| area | tried | refused (4xx) | accepted (2xx) | of which 201 | leaked (5xx or stack trace) | of which 5xx | non-JSON error | no answer |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Area sum = new Area();
        areas.forEach((name, a) -> {
            row(md, name, a);
            sum.tried += a.tried;
            sum.refused += a.refused;
            sum.accepted += a.accepted;
            sum.created += a.created;
            sum.leaked += a.leaked;
            sum.serverErrors += a.serverErrors;
            sum.notJson += a.notJson;
            sum.noAnswer += a.noAnswer;
        });
        row(md, "**total**", sum);
        areas.forEach((name, a) -> {
            if (!a.failures.isEmpty()) {
                md.append("\n### ").append(name).append(": failing requests (first ").append(EXAMPLES).append(")\n\n");
                a.failures.forEach(f -> md.append("- `").append(f.replace("`", "'")).append("`\n"));
            }
        });
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Area a) {
        md.append("| ").append(name).append(" | ").append(a.tried).append(" | ").append(a.refused).append(" | ")
                .append(a.accepted).append(" | ").append(a.created).append(" | ").append(a.leaked).append(" | ")
                .append(a.serverErrors).append(" | ").append(a.notJson).append(" | ").append(a.noAnswer).append(" |\n");
    }

    /**
     * Whether the request's path, once its dot segments are resolved as the server resolves them,
     * is still under /api: "/api/products/../../etc/passwd" is a page request, rightly answered by
     * the storefront's own 404 page.
     */
    static boolean underApi(String request) {
        String path = request.substring(request.indexOf(' ') + 1);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return "api".equals(segments.peekFirst());
    }
}

package vn.ocop.market.traceability.api;

import vn.ocop.market.traceability.DigitalLink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Linkset (RFC 9264, {@code application/linkset+json}) of one Digital Link: the anchor and, per
 * GS1 link type (written as its full URI, {@code https://gs1.org/voc/pip}), the targets.
 */
final class Linksets {

    static final String MEDIA_TYPE = "application/linkset+json";
    static final String VOC = "https://gs1.org/voc/";

    private final String anchor;
    private final Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();

    Linksets(String anchor) {
        this.anchor = anchor;
    }

    /** Adds a target of a link type ({@code gs1:pip}). */
    Linksets add(String linkType, String href, String title, String type) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("href", href);
        target.put("title", title);
        target.put("type", type);
        target.put("hreflang", List.of("vi", "en"));
        links.computeIfAbsent(VOC + linkType.substring("gs1:".length()), k -> new ArrayList<>()).add(target);
        return this;
    }

    /** The first target of a link type, if there is one ({@code gs1:pip}). */
    String href(String linkType) {
        List<Map<String, Object>> targets = links.get(VOC + linkType.substring(linkType.indexOf(':') + 1));
        return targets == null ? null : (String) targets.getFirst().get("href");
    }

    /** The document: {@code {"linkset": [{"anchor": …, "https://gs1.org/voc/…": [{"href": …}]}]}}. */
    Map<String, Object> document(DigitalLink link) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("anchor", anchor);
        context.put("itemDescription", elementStrings(link));
        context.putAll(links);
        return Map.of("linkset", List.of(context));
    }

    /** The GS1 element strings of the link, e.g. {@code (01)08934567890120(10)L1}. */
    static String elementStrings(DigitalLink link) {
        return "(01)" + link.gtin() + (link.lot() == null ? "" : "(10)" + link.lot())
                + (link.serial() == null ? "" : "(21)" + link.serial());
    }
}

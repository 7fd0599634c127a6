package vn.ocop.market.app.seo;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What a crawler learns about a public page from its first response: the title, the description,
 * the canonical address, the Open Graph card, the schema.org data and a plain summary of the
 * page's content (shown where scripts do not run).
 *
 * @param jsonLd  schema.org objects, written as JSON-LD
 * @param summary the summary's blocks, each a heading, a paragraph or a link
 */
record PageMeta(String title, String description, String canonical, String ogType, @Nullable String image,
                List<Map<String, Object>> jsonLd, List<Block> summary) {

    /** One block of the summary; {@code href} makes it a link. */
    record Block(Kind kind, String text, @Nullable String href) {

        static Block heading(String text) {
            return new Block(Kind.HEADING, text, null);
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text, null);
        }

        static Block link(String text, String href) {
            return new Block(Kind.LINK, text, href);
        }
    }

    enum Kind { HEADING, PARAGRAPH, LINK }
}

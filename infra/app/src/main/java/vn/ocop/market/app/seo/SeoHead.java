package vn.ocop.market.app.seo;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.ui.I18n;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a public page's {@link PageMeta} into the page Vaadin sends first, before any script runs:
 * title, description, canonical link, Open Graph tags, schema.org JSON-LD, and a summary of the
 * content (name, description, price, links) inside {@code <noscript>}. Every text goes through
 * jsoup, which escapes it; the JSON-LD escapes {@code <} so no text can close its script.
 */
public class SeoHead implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(SeoHead.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.addIndexHtmlRequestListener(response -> {
            try {
                PublicPages pages = service.getInstantiator().getOrCreate(PublicPages.class);
                String path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("/");
                pages.of(path).ifPresent(meta -> write(response, meta));
            } catch (RuntimeException e) {
                // The page still works without its meta data; a crawler gets the shell's defaults.
                LOG.warn("No meta data for {}: {}", response.getVaadinRequest().getPathInfo(), e.toString());
            }
        });
    }

    static void write(IndexHtmlResponse response, PageMeta meta) {
        Document document = response.getDocument();
        Element head = document.head();
        document.title(meta.title());
        head.select("meta[name=description], link[rel=canonical], meta[property^=og:]").remove();
        head.appendElement("meta").attr("name", "description").attr("content", meta.description());
        head.appendElement("link").attr("rel", "canonical").attr("href", meta.canonical());
        property(head, "og:title", meta.title());
        property(head, "og:description", meta.description());
        property(head, "og:url", meta.canonical());
        property(head, "og:type", meta.ogType());
        property(head, "og:site_name", I18n.text("shop.app.title"));
        property(head, "og:locale", I18n.text("seo.ogLocale"));
        if (meta.image() != null) {
            property(head, "og:image", meta.image());
        }
        for (Map<String, Object> object : meta.jsonLd()) {
            Map<String, Object> withContext = new LinkedHashMap<>();
            withContext.put("@context", "https://schema.org");
            withContext.putAll(object);
            head.appendElement("script").attr("type", "application/ld+json")
                    .appendChild(new DataNode(JsonLd.write(withContext)));
        }
        Element summary = document.body().prependElement("noscript").appendElement("article")
                .attr("id", "page-summary");
        for (PageMeta.Block block : meta.summary()) {
            switch (block.kind()) {
                case HEADING -> summary.appendElement("h1").text(block.text());
                case PARAGRAPH -> summary.appendElement("p").text(block.text());
                case LINK -> summary.appendElement("p").appendElement("a").attr("href", block.href()).text(block.text());
            }
        }
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }
}

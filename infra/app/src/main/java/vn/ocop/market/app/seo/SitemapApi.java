package vn.ocop.market.app.seo;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.PageStamp;
import vn.ocop.market.product.ProductPaths;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code /sitemap.xml} (the home page, every listed product, every public producer with a product
 * on sale, each with its last change) and {@code /robots.txt} (the storefront open to crawlers; the
 * console, the admin API, cart, checkout, orders and accounts closed). Addresses start with
 * {@code ocop.public-url}. Whatever a client accepts, they answer in their own type (crawlers and
 * browsers ask for HTML first).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SitemapApi {

    /** A sitemap file holds at most this many addresses. */
    static final int MAX_URLS = 50_000;
    private static final int BATCH = 1_000;
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.UTC);
    /** The paths crawlers are asked to leave alone. */
    static final List<String> CLOSED = List.of("/admin", "/api/admin", "/gio-hang", "/thanh-toan", "/don-hang/",
            "/tai-khoan", "/dang-nhap", "/dang-ky", "/quen-mat-khau", "/xac-nhan/", "/dat-lai-mat-khau/");

    private final Catalog catalog;
    private final PublicUrl url;

    SitemapApi(Catalog catalog, PublicUrl url) {
        this.catalog = catalog;
        this.url = url;
    }

    @Get(value = "/sitemap.xml", produces = {MediaType.APPLICATION_XML, MediaType.ALL})
    HttpResponse<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        StringBuilder entries = new StringBuilder();
        int[] count = {1};
        Instant products = pages(entries, count, catalog::productPagesAfter, ProductPaths::page);
        Instant producers = pages(entries, count, catalog::producerPagesAfter, ProducerPaths::page);
        Instant newest = products == null ? producers : producers == null || products.isAfter(producers) ? products : producers;
        entry(xml, url.of("/"), newest);
        xml.append(entries).append("</urlset>\n");
        return HttpResponse.ok(xml.toString()).contentType("application/xml; charset=UTF-8")
                .header("Cache-Control", "public, max-age=3600");
    }

    /** Appends every page one kind of stamp names, in batches; the newest change among them. */
    private Instant pages(StringBuilder xml, int[] count, BiFunction<Long, Integer, List<PageStamp>> batch,
                          Function<String, String> path) {
        Instant newest = null;
        long after = 0;
        while (count[0] < MAX_URLS) {
            List<PageStamp> stamps = batch.apply(after, Math.min(BATCH, MAX_URLS - count[0]));
            if (stamps.isEmpty()) {
                break;
            }
            for (PageStamp stamp : stamps) {
                entry(xml, url.of(path.apply(stamp.slug())), stamp.lastModified());
                if (stamp.lastModified() != null && (newest == null || stamp.lastModified().isAfter(newest))) {
                    newest = stamp.lastModified();
                }
                after = stamp.id();
                count[0]++;
            }
        }
        return newest;
    }

    private static void entry(StringBuilder xml, String location, Instant lastModified) {
        xml.append("  <url><loc>").append(escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(W3C.format(lastModified)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    @Get(value = "/robots.txt", produces = {MediaType.TEXT_PLAIN, MediaType.ALL})
    HttpResponse<String> robots() {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        CLOSED.forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
        robots.append("\nSitemap: ").append(url.of("/sitemap.xml")).append('\n');
        return HttpResponse.ok(robots.toString()).contentType("text/plain; charset=UTF-8")
                .header("Cache-Control", "public, max-age=3600");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}

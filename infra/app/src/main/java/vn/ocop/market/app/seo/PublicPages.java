package vn.ocop.market.app.seo;

import jakarta.inject.Singleton;
import org.jsoup.Jsoup;
import vn.ocop.market.certification.Validity;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link PageMeta} of the storefront's public pages (home, search, product, producer), read
 * with the same rules the views use: only listed products and public producers have one; any
 * other path gets none and keeps the page shell's defaults.
 */
@Singleton
class PublicPages {

    /** The most characters of a meta description. */
    static final int DESCRIPTION = 160;
    /** How many products the home page's and a producer page's summaries link to. */
    static final int SUMMARY_PRODUCTS = 24;

    private static final Pattern PRODUCT = Pattern.compile("/san-pham/([a-z0-9-]{1,160})/?");
    private static final Pattern PRODUCER = Pattern.compile("/chu-the/([a-z0-9-]{1,120})/?");

    private final Catalog catalog;
    private final Producers producers;
    private final ProductImages images;
    private final PublicUrl url;
    private final FairPages fairs;
    private final LivePages lives;

    PublicPages(Catalog catalog, Producers producers, ProductImages images, PublicUrl url, FairPages fairs,
                LivePages lives) {
        this.lives = lives;
        this.catalog = catalog;
        this.producers = producers;
        this.images = images;
        this.url = url;
        this.fairs = fairs;
    }

    /** The page's meta data, for a path as requested (no query); empty for a path that is not a public page. */
    Optional<PageMeta> of(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (p.equals("/")) {
            return Optional.of(home());
        }
        if (p.equals("/tim-kiem") || p.equals("/tim-kiem/")) {
            return Optional.of(search());
        }
        Matcher product = PRODUCT.matcher(p);
        if (product.matches()) {
            return catalog.listedBySlug(product.group(1)).map(this::product);
        }
        Matcher producer = PRODUCER.matcher(p);
        if (producer.matches()) {
            return producers.publicBySlug(producer.group(1)).map(this::producer);
        }
        Optional<PageMeta> live = lives.of(p);
        return live.isPresent() ? live : fairs.of(p);
    }

    private PageMeta home() {
        String title = I18n.text("shop.app.title");
        String description = I18n.text("shop.app.description");
        Map<String, Object> site = object("WebSite");
        site.put("name", title);
        site.put("url", url.of("/"));
        Map<String, Object> action = object("SearchAction");
        action.put("target", url.of("/tim-kiem?q={search_term_string}"));
        action.put("query-input", "required name=search_term_string");
        site.put("potentialAction", action);
        List<PageMeta.Block> summary = new ArrayList<>();
        summary.add(PageMeta.Block.heading(I18n.text("product.home.title")));
        summary.add(PageMeta.Block.paragraph(description));
        for (ListedProduct p : catalog.listed(0, SUMMARY_PRODUCTS).items()) {
            summary.add(PageMeta.Block.link(productLine(p), ProductPaths.page(p.slug())));
        }
        return new PageMeta(title, description, url.of("/"), "website", null, List.of(site), summary);
    }

    private PageMeta search() {
        String title = I18n.text("seo.search.title");
        String description = I18n.text("seo.search.description");
        return new PageMeta(title, description, url.of("/tim-kiem"), "website", null, List.of(),
                List.of(PageMeta.Block.heading(title), PageMeta.Block.paragraph(description)));
    }

    private PageMeta product(ListedProduct p) {
        String name = I18n.stored(p.name(), p.nameEn());
        String text = plain(I18n.stored(p.description(), p.descriptionEn()));
        String description = shorten(text.isEmpty()
                ? I18n.text("seo.product.description", name, p.stars(), p.producerName(), p.province()) : text);
        String page = url.of(ProductPaths.page(p.slug()));
        String image = cover(p.id()).map(url::of).orElse(null);
        Optional<Producer> producer = producers.publicById(p.producerId());

        Map<String, Object> product = object("Product");
        product.put("name", name);
        product.put("description", description);
        product.put("sku", p.code());
        product.put("url", page);
        if (image != null) {
            product.put("image", image);
        }
        Map<String, Object> brand = object("Organization");
        brand.put("name", p.producerName());
        producer.ifPresent(pr -> brand.put("url", url.of(ProducerPaths.page(pr.slug()))));
        product.put("brand", brand);
        Map<String, Object> offer = object("Offer");
        offer.put("price", p.priceVnd());
        offer.put("priceCurrency", "VND");
        offer.put("availability", p.stock() > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
        offer.put("url", page);
        product.put("offers", offer);
        Map<String, Object> certificate = object("Certification");
        certificate.put("name", I18n.text("seo.certificate.name", p.stars()));
        certificate.put("certificationIdentification", p.certificateNumber());
        Map<String, Object> issuer = object("Organization");
        issuer.put("name", p.issuedBy());
        certificate.put("issuedBy", issuer);
        certificate.put("validFrom", p.decisionDate().toString());
        certificate.put("expires", Validity.lastValidDay(p.certificateValidUntil()).toString());
        Map<String, Object> rating = object("Rating");
        rating.put("ratingValue", p.stars());
        rating.put("bestRating", 5);
        certificate.put("certificationRating", rating);
        product.put("hasCertification", certificate);

        List<PageMeta.Block> summary = List.of(PageMeta.Block.heading(name),
                PageMeta.Block.paragraph(I18n.text("seo.product.price", Vnd.format(p.priceVnd()), p.stars())),
                PageMeta.Block.paragraph(text.isEmpty() ? description : text),
                PageMeta.Block.link(p.producerName(), producer.map(pr -> ProducerPaths.page(pr.slug())).orElse("/")),
                PageMeta.Block.paragraph(I18n.text("seo.product.certificate", p.certificateNumber(), p.issuedBy(),
                        I18n.lastValidDay(p.certificateValidUntil()))));
        return new PageMeta(I18n.text("product.page.pageTitle", name), description, page, "product", image,
                List.of(product), summary);
    }

    private PageMeta producer(Producer producer) {
        List<ListedProduct> products = catalog.listedOfProducer(producer.id());
        String story = plain(I18n.stored(producer.story(), producer.storyEn()));
        String type = I18n.text("producer.type." + producer.type().name());
        String description = shorten(story.isEmpty()
                ? I18n.text("seo.producer.description", producer.name(), type, producer.province(), products.size())
                : story);
        String page = url.of(ProducerPaths.page(producer.slug()));
        String image = products.stream().map(p -> cover(p.id())).flatMap(Optional::stream).findFirst()
                .map(url::of).orElse(null);

        Map<String, Object> organization = object("Organization");
        organization.put("name", producer.name());
        organization.put("description", description);
        organization.put("url", page);
        if (image != null) {
            organization.put("image", image);
        }
        Map<String, Object> address = object("PostalAddress");
        address.put("addressRegion", producer.province());
        if (producer.commune() != null && !producer.commune().isBlank()) {
            address.put("addressLocality", producer.commune());
        }
        address.put("addressCountry", "VN");
        organization.put("address", address);

        List<PageMeta.Block> summary = new ArrayList<>();
        summary.add(PageMeta.Block.heading(producer.name()));
        summary.add(PageMeta.Block.paragraph(type + " · " + producer.province()
                + (producer.formerProvince() == null ? "" : " (" + I18n.text("producer.page.formerly", producer.formerProvince()) + ")")));
        if (!story.isEmpty()) {
            summary.add(PageMeta.Block.paragraph(story));
        }
        products.stream().limit(SUMMARY_PRODUCTS)
                .forEach(p -> summary.add(PageMeta.Block.link(productLine(p), ProductPaths.page(p.slug()))));
        return new PageMeta(I18n.text("product.page.pageTitle", producer.name()), description, page, "profile", image,
                List.of(organization), summary);
    }

    private static String productLine(ListedProduct p) {
        return I18n.stored(p.name(), p.nameEn()) + " – " + Vnd.format(p.priceVnd()) + " – " + p.stars() + "★";
    }

    /** The path of the product's cover photo at card size, if it has photos. */
    private Optional<String> cover(long productId) {
        List<ProductImage> photos = images.of(productId);
        return photos.isEmpty() ? Optional.empty() : Optional.of(photos.getFirst().url(ImageSize.CARD));
    }

    private static Map<String, Object> object(String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        return object;
    }

    /** The text of stored (sanitised) HTML, blank when there is none. */
    static String plain(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }

    static String shorten(String text) {
        if (text.length() <= DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION - 1);
        return text.substring(0, cut > DESCRIPTION / 2 ? cut : DESCRIPTION - 1).strip() + "…";
    }
}

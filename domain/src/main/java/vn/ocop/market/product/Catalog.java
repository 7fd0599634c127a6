package vn.ocop.market.product;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.ProducerType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What is on sale now, read straight from the database (the source of truth). */
@Singleton
public class Catalog {

    /**
     * What a shopper sees of a listed product besides its fields: the variants to choose from (empty
     * when it is sold as one) and its photos, the cover first (empty when it has none).
     */
    public record Showcase(ListedProduct product, List<Variant> variants, List<ProductImage> images) {

        /** The cover photo, if the product has any. */
        public Optional<ProductImage> cover() {
            return images.stream().findFirst();
        }
    }

    /** A page of listed products and how many there are in all. */
    public record Page(long total, List<ListedProduct> items) {
    }

    static final long STEP_1 = 100_000L;
    static final long STEP_2 = 200_000L;
    static final long STEP_3 = 500_000L;
    static final long STEP_4 = 1_000_000L;

    private final CatalogRepository repository;
    private final ProductRepository products;
    private final DatabaseSearch search;
    private final VariantRepository variants;
    private final ProductImages images;
    private final Clock clock;

    Catalog(CatalogRepository repository, ProductRepository products,
            VariantRepository variants, ProductImages images, Clock clock) {
        this.repository = repository;
        this.products = products;
        this.search = new DatabaseSearch(repository);
        this.variants = variants;
        this.images = images;
        this.clock = clock;
    }

    /** A listed product with its variants and photos; empty when it is not listable now. No sign-in needed. */
    @Transactional(readOnly = true)
    public Optional<Showcase> showcase(long productId) {
        return listed(productId).map(p -> showcases(List.of(p)).get(0));
    }

    /** The variants and photos of listed products, in the order given. */
    @Transactional(readOnly = true)
    public List<Showcase> showcases(List<ListedProduct> listed) {
        if (listed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = listed.stream().map(ListedProduct::id).toList();
        Map<Long, List<Variant>> byProduct = new HashMap<>();
        for (Variant v : variants.activeOf(ids)) {
            byProduct.computeIfAbsent(v.productId(), k -> new ArrayList<>()).add(v);
        }
        Map<Long, List<ProductImage>> photos = images.ofProducts(ids);
        return listed.stream().map(p -> new Showcase(p, List.copyOf(byProduct.getOrDefault(p.id(), List.of())),
                List.copyOf(photos.getOrDefault(p.id(), List.of())))).toList();
    }

    /** The variants a shopper may choose of a product listable now; empty when it has none or is not listable. */
    @Transactional(readOnly = true)
    public List<Variant> variants(long productId) {
        return listed(productId).isPresent() ? variants.activeOf(List.of(productId)) : List.of();
    }

    /** Listed products, newest certificate first. */
    @Transactional(readOnly = true)
    public Page listed(int page, int size) {
        var now = clock.instant();
        long total = repository.countListed(now);
        List<ListedProduct> items = repository.listed(now, size, (long) page * size);
        return new Page(total, items);
    }

    /** The product if it is listable now; empty for unknown, uncertified, expired or revoked ones. */
    @Transactional(readOnly = true)
    public Optional<ListedProduct> listed(long productId) {
        return repository.listedById(clock.instant(), productId);
    }

    @Transactional(readOnly = true)
    public Optional<ListedProduct> listedBySlug(String slug) {
        return repository.listedBySlug(clock.instant(), slug).stream().findFirst();
    }

    /** Listed products among the given ids (for building index documents in bulk). */
    @Transactional(readOnly = true)
    public List<ListedProduct> listedAmong(List<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.listedAmong(clock.instant(), ids);
    }

    /** Ids of every listed product, after the given id, in id order (for full reindexing in batches). */
    @Transactional(readOnly = true)
    public List<ListedProduct> listedAfter(long afterId, int limit) {
        return repository.listedAfter(clock.instant(), afterId, limit);
    }

    /** Ids of a producer's products, listed or not (a producer change touches all their documents). */
    @Transactional(readOnly = true)
    public List<Long> productIdsOf(long producerId) {
        return products.findIdByProducerId(producerId);
    }

    /** Price bands (upper bounds, exclusive) shared by the search engine's and the database's price facet. */
    public static final List<Long> PRICE_STEPS = List.of(STEP_1, STEP_2, STEP_3, STEP_4);

    /** How a filtered search orders its results. */
    public enum Order { RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST, STARS }

    /**
     * What a shopper filters on; empty sets and null bounds mean "any". Provinces are current names
     * (producers registered under a former province are stored with the current one).
     */
    public record Filter(String text, Set<Integer> stars, Set<ProductGroup> groups, Set<String> provinces,
                         Set<ProducerType> producerTypes, Long minPrice, Long maxPrice, Order order) {
        public Filter {
            text = text == null ? "" : text.trim();
            stars = stars == null ? Set.of() : Set.copyOf(stars);
            groups = groups == null ? Set.of() : Set.copyOf(groups);
            provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
            producerTypes = producerTypes == null ? Set.of() : Set.copyOf(producerTypes);
            order = order == null ? Order.RELEVANCE : order;
        }

        public static Filter text(String text) {
            return new Filter(text, null, null, null, null, null, null, null);
        }
    }

    /**
     * Counts per facet value. Each facet counts under every filter except its own, so a shopper
     * sees what ticking another value of the same facet would add.
     */
    public record Facets(Map<Integer, Long> stars, Map<ProductGroup, Long> groups, Map<String, Long> provinces,
                         Map<ProducerType, Long> producerTypes, Map<Integer, Long> priceBands) {
    }

    /** A page of a filtered search with its facet counts. */
    public record Found(long total, List<ListedProduct> items, Facets facets) {
    }

    /** How many products are listed now. */
    @Transactional(readOnly = true)
    public long countListed() {
        return repository.countListed(clock.instant());
    }

    /**
     * Plain database search with filters and facets, used when the search engine is unavailable:
     * every word must occur (accents ignored) in the name, producer, province, former province or
     * description. One grouped query yields the total and all facet counts; a second one the page.
     */
    @Transactional(readOnly = true)
    public Found search(Filter filter, int page, int size) {
        return search.search(filter, page, size, clock.instant());
    }

    /** The most products a producer's page and the public API list. */
    public static final int PRODUCER_PRODUCTS = 500;

    /** A public producer's products on sale now, best rank first (empty for a producer shoppers may not see). */
    @Transactional(readOnly = true)
    public List<ListedProduct> listedOfProducer(long producerId) {
        return repository.listedOfProducer(clock.instant(), producerId, PRODUCER_PRODUCTS);
    }

    /** Product pages for the sitemap, after the given product id, in id order. */
    @Transactional(readOnly = true)
    public List<PageStamp> productPagesAfter(long afterId, int limit) {
        return repository.productStampsAfter(clock.instant(), afterId, limit);
    }

    /** Producer pages for the sitemap (public producers with a product on sale), after the given producer id. */
    @Transactional(readOnly = true)
    public List<PageStamp> producerPagesAfter(long afterId, int limit) {
        return repository.producerStampsAfter(clock.instant(), afterId, limit);
    }

    /**
     * The group of a product that exists under this slug but is not on sale now (its certificate
     * expired or was revoked, or it was unlisted); empty for a slug no product ever had, and for a
     * product on sale.
     */
    @Transactional(readOnly = true)
    public Optional<ProductGroup> delistedGroup(String slug) {
        if (repository.listedBySlug(clock.instant(), slug).stream().findFirst().isPresent()) {
            return Optional.empty();
        }
        return products.findGroupBySlug(slug).map(ProductGroup::valueOf);
    }

    /** A few products on sale in a group, best rated first (what to offer instead of one no longer on sale). */
    @Transactional(readOnly = true)
    public List<ListedProduct> similar(ProductGroup group, int limit) {
        return search(new Filter("", null, java.util.Set.of(group), null, null, null, null, Order.STARS), 0, limit)
                .items();
    }
}

package vn.ocop.market.product;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog as shoppers browse it, read where staleness is harmless: from the replica data source
 * ({@code datasources.replica}, {@code DB_REPLICA_URL}; without it the primary). Storefront pages,
 * product and producer pages, the public catalog API and the search's database fallback read here.
 * A product shown here may have sold out or lost its certificate a moment ago: carts, checkout, stock
 * and payments read the primary ({@link Catalog}, {@link Stock}) and decide there, never here
 * (ArchitectureTest). Photos come from the primary ({@link ProductImages}).
 */
@Singleton
public class ShopWindow {

    /** The name of the replica data source and its transaction manager. */
    public static final String DATASOURCE = "replica";

    private final ReplicaCatalogRepository repository;
    private final DatabaseSearch search;
    private final ProductImages images;
    private final Clock clock;

    ShopWindow(ReplicaCatalogRepository repository, ProductImages images, Clock clock) {
        this.repository = repository;
        this.search = new DatabaseSearch(repository);
        this.images = images;
        this.clock = clock;
    }

    /** Listed products, best rank first. */
    @Transactional(value = DATASOURCE, readOnly = true)
    public Catalog.Page listed(int page, int size) {
        var now = clock.instant();
        return new Catalog.Page(repository.countListed(now), repository.listed(now, size, (long) page * size));
    }

    /** A listed product with its variants and photos; empty when it is not listable now. */
    @Transactional(value = DATASOURCE, readOnly = true)
    public Optional<Catalog.Showcase> showcase(long productId) {
        return repository.listedById(clock.instant(), productId).map(p -> showcases(List.of(p)).get(0));
    }

    /** The product listed under this slug. */
    @Transactional(value = DATASOURCE, readOnly = true)
    public Optional<ListedProduct> listedBySlug(String slug) {
        return repository.listedBySlug(clock.instant(), slug).stream().findFirst();
    }

    /** Listed products among the given ids. */
    @Transactional(value = DATASOURCE, readOnly = true)
    public List<ListedProduct> listedAmong(List<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.listedAmong(clock.instant(), ids);
    }

    /** The variants and photos of listed products, in the order given. */
    @Transactional(value = DATASOURCE, readOnly = true)
    public List<Catalog.Showcase> showcases(List<ListedProduct> listed) {
        if (listed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = listed.stream().map(ListedProduct::id).toList();
        Map<Long, List<Variant>> byProduct = new HashMap<>();
        for (Variant v : repository.activeVariantsOf(ids)) {
            byProduct.computeIfAbsent(v.productId(), k -> new ArrayList<>()).add(v);
        }
        Map<Long, List<ProductImage>> photos = images.ofProducts(ids);
        return listed.stream().map(p -> new Catalog.Showcase(p, List.copyOf(byProduct.getOrDefault(p.id(), List.of())),
                List.copyOf(photos.getOrDefault(p.id(), List.of())))).toList();
    }

    /** The database search with filters and facets (the fallback when the search engine is unavailable). */
    @Transactional(value = DATASOURCE, readOnly = true)
    public Catalog.Found search(Catalog.Filter filter, int page, int size) {
        return search.search(filter, page, size, clock.instant());
    }

    /** A public producer's products on sale, best rank first. */
    @Transactional(value = DATASOURCE, readOnly = true)
    public List<ListedProduct> listedOfProducer(long producerId) {
        return repository.listedOfProducer(clock.instant(), producerId, Catalog.PRODUCER_PRODUCTS);
    }

    /** The group of a product under this slug that is not on sale now; empty for one on sale or never known. */
    @Transactional(value = DATASOURCE, readOnly = true)
    public Optional<ProductGroup> delistedGroup(String slug) {
        if (listedBySlug(slug).isPresent()) {
            return Optional.empty();
        }
        return repository.findGroupBySlug(slug).map(ProductGroup::valueOf);
    }
}

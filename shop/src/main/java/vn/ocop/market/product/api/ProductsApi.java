package vn.ocop.market.product.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ShopWindow;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.search.CatalogSearch;
import vn.ocop.market.search.FacetValue;
import vn.ocop.market.search.ProductDocument;
import vn.ocop.market.search.SearchQuery;
import vn.ocop.market.search.SearchResult;
import vn.ocop.market.search.Suggestions;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.traceability.Batches;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The public catalog API: only products that are certified now. Search parameters are those of
 * {@link SearchQuery}; when the search engine is unavailable the database answers and the page
 * says {@code degraded: true}.
 */
@Controller("/api/products")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProductsApi {

    static final int MAX_SIZE = SearchQuery.MAX_SIZE;
    private static final int SUGGESTIONS = 8;

    /** A page of products with facet counts; empty lists are written out, not left away. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page(long total, int page, int size, boolean degraded, List<ProductSummary> items,
                       Map<String, List<FacetValue>> facets) {
    }

    /** What the search box offers for what was typed. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SuggestPage(boolean degraded, List<ProductSuggestion> products, List<ProducerSuggestion> producers) {
    }

    /** A product suggestion and its page. */
    @Serdeable
    public record ProductSuggestion(long id, String slug, String name, String producer, int stars, String url) {
    }

    /** A producer suggestion, with the search that lists its products. */
    @Serdeable
    public record ProducerSuggestion(String name, long products, String url) {
    }

    private final ShopWindow catalog;
    private final CatalogSearch search;
    private final Provinces provinces;
    private final Batches batches;

    ProductsApi(ShopWindow catalog, CatalogSearch search, Provinces provinces, Batches batches) {
        this.catalog = catalog;
        this.batches = batches;
        this.search = search;
        this.provinces = provinces;
    }

    /** {@code ?q=&stars=&group=&province=&producerType=&minPrice=&maxPrice=&sort=&page=&size=}. */
    @Get
    public Page list(HttpRequest<?> request) {
        SearchQuery query = SearchQuery.parse(request.getParameters().asMap(), provinces);
        SearchResult result = search.find(query);
        // The hits as the database lists them now, with their photos and variants, in the hits' order.
        List<Catalog.Showcase> shown = catalog.showcases(catalog.listedAmong(
                result.items().stream().map(ProductDocument::id).toList()));
        Map<Long, Catalog.Showcase> byId = shown.stream().collect(Collectors.toMap(s -> s.product().id(), s -> s));
        List<ProductSummary> items = result.items().stream().map(d -> byId.get(d.id())).filter(Objects::nonNull)
                .map(ProductSummary::of).toList();
        return new Page(result.total(), query.page(), query.size(), result.degraded(), items,
                FacetValue.of(result.facets(), query));
    }

    /** Suggestions after two characters, folded: products to open and producers to search for. */
    @Get("/suggest")
    public SuggestPage suggest(HttpRequest<?> request) {
        String q = request.getParameters().getFirst("q").orElse("");
        if (q.length() > 100) {
            throw InvalidInputException.of("q", "product.api.queryTooLong");
        }
        Suggestions s = search.suggest(q, SUGGESTIONS);
        return new SuggestPage(s.degraded(),
                s.products().stream().map(p -> new ProductSuggestion(p.id(), p.slug(), p.name(), p.producer(), p.stars(),
                        ProductPaths.page(p.slug()))).toList(),
                s.producers().stream().map(p -> new ProducerSuggestion(p.name(), p.products(),
                        "/tim-kiem?q=" + URLEncoder.encode(p.name(), StandardCharsets.UTF_8).replace("+", "%20"))).toList());
    }

    /** The product with its batches in stock, first-expiring first. */
    @Get("/{id}")
    public ProductDetail one(@PathVariable long id) {
        return catalog.showcase(id).map(s -> new ProductDetail(ProductSummary.of(s),
                        batches.inStock(id).stream().map(ProductDetail.BatchItem::of).toList()))
                .orElseThrow(() -> new NotFoundException("product " + id));
    }
}

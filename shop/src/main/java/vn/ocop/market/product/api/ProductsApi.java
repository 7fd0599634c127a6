package vn.ocop.market.product.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.search.ProductSearch;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;

import java.util.List;

/** The public catalog API: only products that are certified now. */
@Controller("/api/products")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProductsApi {

    private static final Logger LOG = LoggerFactory.getLogger(ProductsApi.class);
    static final int MAX_SIZE = 100;

    /** A page of products. */
    @Serdeable
    public record Page(long total, int page, int size, boolean degraded, List<ProductSummary> items) {
    }

    private final Catalog catalog;
    private final ProductSearch search;

    ProductsApi(Catalog catalog, ProductSearch search) {
        this.catalog = catalog;
        this.search = search;
    }

    @Get
    public Page list(@QueryValue(defaultValue = "") String q, @Nullable @QueryValue Integer page,
                     @Nullable @QueryValue Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw InvalidInputException.of("page", "Số trang không được âm.", "page must not be negative.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "Kích thước trang phải từ 1 đến 100.", "size must be between 1 and 100.");
        }
        if (q.isBlank()) {
            Catalog.Page result = catalog.listed(p, s);
            return new Page(result.total(), p, s, false, result.items().stream().map(ProductSummary::of).toList());
        }
        try {
            ProductSearch.Result result = search.search(q, p, s);
            return new Page(result.total(), p, s, false, result.items().stream().map(ProductSummary::of).toList());
        } catch (Exception e) {
            LOG.warn("Search engine unavailable, answering from the database: {}", e.toString());
            Catalog.Page result = catalog.search(q, p, s);
            return new Page(result.total(), p, s, true, result.items().stream().map(ProductSummary::of).toList());
        }
    }

    @Get("/{id}")
    public ProductSummary one(@PathVariable long id) {
        return catalog.listed(id).map(ProductSummary::of)
                .orElseThrow(() -> new NotFoundException("product " + id));
    }
}

package vn.ocop.market.admin.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.apiclient.ApiScope;
import vn.ocop.market.product.NewProduct;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Products;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Products for provincial systems; a product is sold only once a certificate is recorded for it. */
@Controller("/api/admin/products")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProductsAdminApi {

    /** The request body. */
    @Serdeable
    public record Request(@Nullable Long producerId, @Nullable String code, @Nullable String name,
                          @Nullable String group, @Nullable Long priceVnd, @Nullable Integer stock,
                          @Nullable String unit, @Nullable Integer weightGrams, @Nullable String description,
                          @Nullable String rawMaterialOrigin) {
    }

    /** The created product. */
    @Serdeable
    public record View(long id, long producerId, String code, String slug, String name, String group, long priceVnd,
                       int stock, boolean listed) {
    }

    private final Products products;

    ProductsAdminApi(Products products) {
        this.products = products;
    }

    @Post
    @RequiresScope(ApiScope.CATALOG_WRITE)
    public HttpResponse<View> add(@Body Request body) {
        List<FieldError> errors = new ArrayList<>();
        ProductGroup group = Enums.parse(ProductGroup.class, body.group(), "group", errors);
        NewProduct command = new NewProduct(body.producerId(), body.code(), body.name(), null, group, body.unit(),
                body.weightGrams(), body.priceVnd(), body.stock(), body.description(), null, body.rawMaterialOrigin());
        products.problems(command).stream().filter(e -> group != null || !e.field().equals("group")).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Product p = products.add(command);
        return HttpResponse.created(new View(p.id(), p.producerId(), p.code(), p.slug(), p.name(), p.group().name(),
                p.priceVnd(), p.stock(), false));
    }
}

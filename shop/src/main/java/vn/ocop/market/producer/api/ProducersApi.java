package vn.ocop.market.producer.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ShopWindow;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.shared.NotFoundException;

import java.util.List;

/**
 * The public producer API: a producer shoppers may see, with its products on sale now. A producer
 * with nothing on sale is not found here (its storefront page stays, saying so).
 */
@Controller("/api/producers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProducersApi {

    /** A public producer and its listed products; the story is the sanitised HTML shown on its page. */
    @Serdeable
    public record ProducerDetail(long id, String slug, String name, String type, String province,
                                 @Nullable String formerProvince, @Nullable String story, String url,
                                 List<ProducerProduct> products) {
    }

    /** One of the producer's listed products. */
    @Serdeable
    public record ProducerProduct(long id, String slug, String name, String group, int stars, long priceVnd,
                                  String certificateNumber, String url) {
    }

    private final Producers producers;
    private final ShopWindow catalog;

    ProducersApi(Producers producers, ShopWindow catalog) {
        this.producers = producers;
        this.catalog = catalog;
    }

    @Get("/{id}")
    public ProducerDetail one(@PathVariable long id) {
        Producer producer = producers.publicById(id).orElseThrow(() -> new NotFoundException("producer " + id));
        List<ListedProduct> listed = catalog.listedOfProducer(id);
        if (listed.isEmpty()) {
            throw new NotFoundException("producer " + id);
        }
        return new ProducerDetail(producer.id(), producer.slug(), producer.name(), producer.type().name(),
                producer.province(), producer.formerProvince(), producer.story(), ProducerPaths.page(producer.slug()),
                listed.stream().map(p -> new ProducerProduct(p.id(), p.slug(), p.name(), p.group().name(), p.stars(),
                        p.priceVnd(), p.certificateNumber(), ProductPaths.page(p.slug()))).toList());
    }
}

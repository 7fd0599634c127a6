package vn.ocop.market.fair.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairPaths;
import vn.ocop.market.fair.FairPeriod;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public fair API: published fairs, upcoming, open or past, with their assigned booths. A booth
 * lists only the products it brings that are on sale now.
 */
@Controller("/api/fairs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FairsApi {

    /** Published fairs; an empty list is written out, not left away. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FairList(List<FairItem> items) {
    }

    /** One fair and its assigned booths. */
    @Serdeable
    public record FairItem(long id, String slug, String name, @Nullable String nameEn, String province,
                           String venue, LocalDate startsOn, LocalDate endsOn, @Nullable String openingHours,
                           String status, String url,
                           @JsonInclude(JsonInclude.Include.ALWAYS) List<BoothItem> booths) {
    }

    /** An assigned booth: its number, zone, producer and the products on sale it brings. */
    @Serdeable
    public record BoothItem(String number, @Nullable String zone, String producer, long producerId,
                            @JsonInclude(JsonInclude.Include.ALWAYS) List<Long> productIds, String url) {
    }

    private final Fairs fairs;
    private final Catalog catalog;

    FairsApi(Fairs fairs, Catalog catalog) {
        this.fairs = fairs;
        this.catalog = catalog;
    }

    /** {@code ?status=UPCOMING|OPEN|PAST}; without it, every published fair. */
    @Get
    public FairList list(@QueryValue @Nullable String status) {
        List<FairPeriod> periods;
        if (status == null || status.isBlank()) {
            periods = List.of(FairPeriod.OPEN, FairPeriod.UPCOMING, FairPeriod.PAST);
        } else {
            try {
                periods = List.of(FairPeriod.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "fair.api.status", status.length() > 20
                        ? status.substring(0, 20) : status);
            }
        }
        LocalDate today = fairs.today();
        List<FairItem> items = new ArrayList<>();
        for (FairPeriod period : periods) {
            for (FairView f : fairs.published(period)) {
                items.add(item(f, today));
            }
        }
        return new FairList(items);
    }

    private FairItem item(FairView f, LocalDate today) {
        List<BoothView> assigned = fairs.boothsOf(f.id()).stream().filter(BoothView::assigned).toList();
        Set<Long> onSale = catalog.listedAmong(assigned.stream().flatMap(b -> b.productIds().stream()).distinct()
                .toList()).stream().map(ListedProduct::id).collect(Collectors.toSet());
        List<BoothItem> booths = assigned.stream().map(b -> new BoothItem(b.number(), b.zoneName(), b.producerName(),
                b.producerId(), b.productIds().stream().filter(onSale::contains).toList(),
                FairPaths.booth(f.slug(), b.number()))).toList();
        return new FairItem(f.id(), f.slug(), f.name(), f.nameEn(), f.provinceName(), f.venue(), f.startsOn(),
                f.endsOn(), f.openingHours(), f.period(today).name(), FairPaths.fair(f.slug()), booths);
    }
}

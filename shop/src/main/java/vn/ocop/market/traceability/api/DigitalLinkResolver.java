package vn.ocop.market.traceability.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.ocop.market.api.ApiError;
import vn.ocop.market.product.Product;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;
import vn.ocop.market.traceability.BatchView;
import vn.ocop.market.traceability.DigitalLink;
import vn.ocop.market.traceability.ScanSource;
import vn.ocop.market.traceability.Scans;
import vn.ocop.market.traceability.TracePages;
import vn.ocop.market.traceability.TracePaths;
import vn.ocop.market.traceability.UnitSerial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The GS1 Digital Link resolver on the platform's own host (GS1 resolver standard): {@code /01/…}
 * answers 307 to the default link (a batch's or unit's trace page, a trade item's product page),
 * the Linkset for {@code ?linkType=all} (or {@code linkset}) or {@code Accept: application/linkset+json},
 * 307 to the target of another link type ({@code gs1:pip}, {@code gs1:traceability},
 * {@code gs1:certificationInfo}, {@code gs1:epcis}; 404 for a type it does not have). An unknown
 * lot or serial answers 303 to the level above (walking up to the trade item), an unknown GTIN 404,
 * a withdrawn batch 410, a malformed link 400. Every redirect names the Linkset in a {@code Link} header.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class DigitalLinkResolver {

    private final TracePages pages;
    private final Scans scans;
    private final JsonMapper json;
    private final Clock clock;
    private final String publicUrl;

    DigitalLinkResolver(TracePages pages, Scans scans, JsonMapper json, Clock clock,
                        @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.pages = pages;
        this.scans = scans;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Get(value = "/01/{+path}", produces = {Linksets.MEDIA_TYPE, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<?> resolve(HttpRequest<?> request, String path) {
        String rawPath = request.getUri().getRawPath();
        String rawQuery = request.getUri().getRawQuery();
        DigitalLink parsed = DigitalLink.parse(rawPath, rawQuery, VietnameseDates.today(clock));
        DigitalLink link = parsed;
        String linkType = request.getParameters().get("linkType");
        boolean wantsLinkset = "all".equals(linkType) || "linkset".equals(linkType) || linkType == null
                && request.getHeaders().accept().stream().anyMatch(m -> Linksets.MEDIA_TYPE.equals(m.getName()));
        Product product = pages.productOf(parsed.gtin()).orElseThrow(() -> new NotFoundException("GTIN " + parsed.gtin()));

        BatchView batch = null;
        UnitSerial unit = null;
        if (link.lot() == null && link.serial() != null) {
            Optional<UnitSerial> found = pages.unitByGtin(link.gtin(), link.serial());
            if (found.isEmpty()) {
                return walkUp(link, rawQuery);
            }
            batch = pages.batchById(found.get().batchId()).orElseThrow();
            link = DigitalLink.ofUnit(link.gtin(), batch.lot(), link.serial(), link.expiry());
            unit = found.get();
        } else if (link.lot() != null) {
            batch = pages.batch(link).orElse(null);
            if (batch == null) {
                return walkUp(link, rawQuery);
            }
            if (link.serial() != null) {
                unit = pages.unit(link, batch).orElse(null);
                if (unit == null) {
                    // A serial the batch never had: counted, as counterfeit labels betray themselves so.
                    scans.recordUnknownSerial(source(request, request.getParameters().get(TracePaths.PROVINCE)),
                            batch.id(), link.serial());
                    return walkUp(link, rawQuery);
                }
            }
        }
        if (batch != null && batch.withdrawn()) {
            return HttpResponse.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header("Link", "<" + publicUrl + TracePaths.page(link) + ">; rel=\"https://gs1.org/voc/traceability\"")
                    .body(new ApiError(410, "gone", "Lô hàng đã bị thu hồi / This batch has been withdrawn", List.of()));
        }
        Linksets linkset = linkset(link, product, batch);
        String province = request.getParameters().get(TracePaths.PROVINCE);
        if (wantsLinkset) {
            count(request, batch, unit, province);
            try {
                return HttpResponse.ok(json.writeValueAsString(linkset.document(link)))
                        .contentType(Linksets.MEDIA_TYPE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String type = linkType == null || "gs1:defaultLink".equals(linkType) ? "gs1:defaultLink" : linkType;
        String target = linkset.href(type);
        if (target == null) {
            throw new NotFoundException("link type " + linkType);
        }
        boolean toTracePage = batch != null && ("gs1:defaultLink".equals(type) || "gs1:traceability".equals(type));
        if (toTracePage) {
            if (province != null && province.matches("\\d{2}")) {
                target += "&" + TracePaths.PROVINCE + "=" + province;
            }
        } else {
            count(request, batch, unit, province);
        }
        return redirect(HttpStatus.TEMPORARY_REDIRECT, target, link);
    }

    /** 303 to the level above: a unit's batch, a batch's trade item; the query string kept. */
    private HttpResponse<?> walkUp(DigitalLink link, @Nullable String rawQuery) {
        DigitalLink up = link.up().orElseThrow();
        String path = up.pathOnly() + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
        return redirect(HttpStatus.SEE_OTHER, path, up);
    }

    /** A redirect; targets on this host go as paths, so that the scanner stays on the host it asked. */
    private MutableHttpResponse<?> redirect(HttpStatus status, String target, DigitalLink link) {
        String location = target.startsWith(publicUrl + "/") ? target.substring(publicUrl.length()) : target;
        return HttpResponse.status(status).headers(h -> h.location(URI.create(location))
                .add("Link", "<" + publicUrl + link.pathOnly() + "?linkType=all>; rel=\"linkset\"; type=\""
                        + Linksets.MEDIA_TYPE + "\"")
                .add("Cache-Control", "no-store"));
    }

    private Linksets linkset(DigitalLink link, Product product, @Nullable BatchView batch) {
        Linksets set = new Linksets(publicUrl + link.pathOnly());
        String productPage = publicUrl + vn.ocop.market.product.ProductPaths.page(product.slug());
        if (batch != null) {
            String trace = publicUrl + TracePaths.page(link);
            set.add("gs1:defaultLink", trace, "Truy xuất nguồn gốc / Traceability", "text/html");
            set.add("gs1:traceability", trace, "Truy xuất nguồn gốc / Traceability", "text/html");
            set.add("gs1:pip", productPage, "Thông tin sản phẩm / Product information", "text/html");
            set.add("gs1:certificationInfo", trace + "#certificate", "Chứng nhận OCOP / OCOP certificate", "text/html");
            set.add("gs1:epcis", publicUrl + "/api/epcis/events?gtin=" + link.gtin() + "&lot="
                    + java.net.URLEncoder.encode(batch.lot(), java.nio.charset.StandardCharsets.UTF_8),
                    "Sự kiện EPCIS / EPCIS events", "application/ld+json");
        } else {
            set.add("gs1:defaultLink", productPage, "Thông tin sản phẩm / Product information", "text/html");
            set.add("gs1:pip", productPage, "Thông tin sản phẩm / Product information", "text/html");
            set.add("gs1:certificationInfo", productPage + "#traceability", "Chứng nhận OCOP / OCOP certificate", "text/html");
        }
        return set;
    }

    /** Logs the hit of a batch or unit (a trade item alone is no scan of anything traced). */
    private void count(HttpRequest<?> request, @Nullable BatchView batch, @Nullable UnitSerial unit,
                       @Nullable String province) {
        if (batch != null) {
            scans.record(source(request, province), batch.id(), unit);
        }
    }

    private static ScanSource source(HttpRequest<?> request, @Nullable String province) {
        return ScanSources.of(request, province);
    }
}

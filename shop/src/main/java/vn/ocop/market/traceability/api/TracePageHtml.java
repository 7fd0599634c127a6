package vn.ocop.market.traceability.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Messages;
import vn.ocop.market.traceability.DigitalLink;
import vn.ocop.market.traceability.ScanSource;
import vn.ocop.market.traceability.Scans;
import vn.ocop.market.traceability.TracePages;
import vn.ocop.market.traceability.TracePaths;
import vn.ocop.market.traceability.TraceView;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The public trace page a scanned code leads to ({@code /truy-xuat?gtin=…&lo=…[&seri=…]}), the
 * resolver's default link: plain HTML rendered here in one pass, no session and no script, so a
 * scan costs a few reads and one string. What decides trust is read fresh on every request (a
 * revoked certificate shows at once, see {@link TracePages}; browsers may keep it {@value #MAX_AGE_SECONDS} s, shared caches not at all, as every
 * visit is a scan). Vietnamese or English by {@code ?lang=} or {@code Accept-Language}. A withdrawn
 * batch's page answers 410, an unknown code 404 with the look-up form, no code the look-up form.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class TracePageHtml {

    /** How long a browser may reuse a trace page. */
    static final int MAX_AGE_SECONDS = 3;
    /** The query parameter that picks the language. */
    static final String LANG = "lang";

    private final TracePages pages;
    private final Scans scans;
    private final Provinces provinces;
    private final String publicUrl;

    TracePageHtml(TracePages pages, Scans scans, Provinces provinces,
                  @Value("${ocop.public-url:`http://localhost:8080`}") String publicUrl) {
        this.pages = pages;
        this.scans = scans;
        this.provinces = provinces;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Get(value = "/" + TracePaths.ROUTE, produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(HttpRequest<?> request) {
        String chosen = one(request, LANG);
        Locale locale = locale(chosen, request.getHeaders().get("Accept-Language"));
        String lang = chosen == null ? null : Messages.language(locale);
        String gtin = one(request, TracePaths.GTIN);
        String lot = one(request, TracePaths.LOT);
        if (gtin == null || lot == null) {
            return html(HttpStatus.OK, lookup(locale, lang, gtin, null));
        }
        DigitalLink link;
        try {
            link = new DigitalLink(gtin.strip(), lot, one(request, TracePaths.SERIAL), null);
        } catch (InvalidInputException e) {
            return html(HttpStatus.NOT_FOUND, lookup(locale, lang, gtin, e.errors().stream()
                    .map(error -> error.text(locale)).collect(Collectors.joining(" "))));
        }
        TraceView trace = pages.page(link).orElse(null);
        if (trace == null) {
            return html(HttpStatus.NOT_FOUND, lookup(locale, lang, gtin, Messages.text(locale, "trace.page.notFound")));
        }
        String province = one(request, TracePaths.PROVINCE);
        boolean shared = province != null && provinces.all().stream().anyMatch(p -> p.code().equals(province));
        ScanSource source = ScanSources.of(request, shared ? province : null);
        Scans.Outcome outcome = scans.record(source, trace.batch().id(), trace.unit());
        if (trace.unit() != null && outcome != Scans.Outcome.NOT_COUNTED && outcome != Scans.Outcome.RATE_LIMITED) {
            // A counted scan may be the unit's first, or flag it: show the unit as it now stands.
            trace = pages.withUnitNow(trace);
        }
        return html(trace.batch().withdrawn() ? HttpStatus.GONE : HttpStatus.OK, trace(trace, locale, lang, shared));
    }

    private String trace(TraceView v, Locale locale, @Nullable String lang, boolean shared) {
        String name = TraceHtml.name(v.product(), locale);
        String path = TracePaths.page(v.link());
        List<Locale> offered = Messages.languages();
        String[] alternates = offered.stream().map(l -> publicUrl + path + "&" + LANG + "=" + l.getLanguage())
                .toArray(String[]::new);
        Locale other = next(locale);
        String description = name + " · " + v.producer().name() + " · " + TraceHtml.status(locale, v);
        HtmlPage page = new HtmlPage(locale, Messages.text(locale, "trace.page.title", name),
                description.length() <= 160 ? description : description.substring(0, 159) + "…", publicUrl + path, alternates,
                v.cover() == null ? null : absolute(v.cover().url(vn.ocop.market.media.ImageSize.CARD)),
                path + "&" + LANG + "=" + other.getLanguage(), other);
        TraceHtml body = new TraceHtml(locale, page);
        List<Province> all = provinces.all();
        body.write(v, all);
        if (!v.batch().withdrawn()) {
            body.share(v, all, lang, shared);
        } else {
            page.raw("</main>");
        }
        return page.end();
    }

    /** The look-up form (a code typed from the pack), with why the code given was not found. */
    private String lookup(Locale locale, @Nullable String lang, @Nullable String gtin, @Nullable String error) {
        String title = Messages.text(locale, "trace.lookup.title");
        Locale other = next(locale);
        HtmlPage page = new HtmlPage(locale, title, Messages.text(locale, "trace.lookup.intro"),
                publicUrl + "/" + TracePaths.ROUTE, null, null,
                "/" + TracePaths.ROUTE + "?" + LANG + "=" + other.getLanguage(), other);
        page.raw("<main class=\"trace-lookup\">").element("h1", title)
                .element("p", Messages.text(locale, "trace.lookup.intro"));
        if (error != null) {
            page.element("p id=\"lookup-error\" class=\"field-error\" role=\"alert\"", error);
        }
        page.raw("<form method=\"get\" action=\"/").raw(TracePaths.ROUTE).raw("\">");
        if (lang != null) {
            page.raw("<input type=\"hidden\" name=\"" + LANG + "\" value=\"").raw(HtmlPage.attr(lang)).raw("\">");
        }
        page.raw("<label for=\"lookup-gtin\">").esc(Messages.text(locale, "trace.lookup.gtin"))
                .raw("</label><input id=\"lookup-gtin\" name=\"" + TracePaths.GTIN + "\" inputmode=\"numeric\" required value=\"")
                .raw(HtmlPage.attr(gtin)).raw("\"><label for=\"lookup-lot\">").esc(Messages.text(locale, "trace.lookup.lot"))
                .raw("</label><input id=\"lookup-lot\" name=\"" + TracePaths.LOT + "\" maxlength=\""
                        + DigitalLink.MAX_VALUE_LENGTH + "\" required><button id=\"lookup-go\" type=\"submit\">")
                .esc(Messages.text(locale, "trace.lookup.go")).raw("</button></form></main>");
        return page.end();
    }

    private String absolute(String url) {
        return url.startsWith("/") ? publicUrl + url : url;
    }

    private static HttpResponse<String> html(HttpStatus status, String body) {
        return HttpResponse.<String>status(status).body(body).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "private, max-age=" + MAX_AGE_SECONDS)
                .header("Vary", "Accept-Language");
    }

    /** The language asked for by {@code ?lang=}, else the reader's first offered one, else Vietnamese. */
    static Locale locale(@Nullable String lang, @Nullable String acceptLanguage) {
        List<Locale> offered = Messages.languages();
        if (lang != null) {
            for (Locale l : offered) {
                if (l.getLanguage().equalsIgnoreCase(lang)) {
                    return l;
                }
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                for (Locale.LanguageRange range : ranges) {
                    String language = range.getRange().split("-")[0];
                    for (Locale l : offered) {
                        if (range.getWeight() > 0 && l.getLanguage().equalsIgnoreCase(language)) {
                            return l;
                        }
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A header no browser sends: the first language.
            }
        }
        return Messages.VIETNAMESE;
    }

    private static Locale next(Locale locale) {
        List<Locale> offered = Messages.languages();
        String current = Messages.language(locale);
        for (int i = 0; i < offered.size(); i++) {
            if (offered.get(i).getLanguage().equals(current)) {
                return offered.get((i + 1) % offered.size());
            }
        }
        return offered.getFirst();
    }

    private static @Nullable String one(HttpRequest<?> request, String name) {
        String value = request.getParameters().get(name);
        return value == null || value.isBlank() ? null : value;
    }
}

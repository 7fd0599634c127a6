package vn.ocop.market.app.seo;

import jakarta.inject.Singleton;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairPaths;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.fair.Showroom;
import vn.ocop.market.fair.Showrooms;
import vn.ocop.market.producer.ProducerPaths;
import vn.ocop.market.ui.I18n;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link PageMeta} of the fair pages (the list, a published fair as a schema.org Event, a booth)
 * and the showroom pages (a Store each), read with the rules the views use.
 */
@Singleton
class FairPages {

    private static final Pattern FAIR = Pattern.compile("/hoi-cho/([a-z0-9-]{1,160})/?");
    private static final Pattern BOOTH = Pattern.compile("/hoi-cho/([a-z0-9-]{1,160})/gian-hang/([A-Za-z0-9%-]{1,40})/?");
    private static final Pattern SHOWROOM = Pattern.compile("/diem-ban-ocop/([a-z0-9-]{1,160})/?");

    private final Fairs fairs;
    private final Showrooms showrooms;
    private final PublicUrl url;

    FairPages(Fairs fairs, Showrooms showrooms, PublicUrl url) {
        this.fairs = fairs;
        this.showrooms = showrooms;
        this.url = url;
    }

    Optional<PageMeta> of(String path) {
        if (path.equals(FairPaths.FAIRS) || path.equals(FairPaths.FAIRS + "/")) {
            return Optional.of(list(FairPaths.FAIRS, "fair.list.title", "fair.list.intro"));
        }
        if (path.equals(FairPaths.SHOWROOMS) || path.equals(FairPaths.SHOWROOMS + "/")) {
            return Optional.of(list(FairPaths.SHOWROOMS, "fair.showrooms.title", "fair.showrooms.intro"));
        }
        Matcher booth = BOOTH.matcher(path);
        if (booth.matches()) {
            String number = URLDecoder.decode(booth.group(2), StandardCharsets.UTF_8);
            return fairs.publishedBySlug(booth.group(1)).flatMap(f -> fairs.boothsOf(f.id()).stream()
                    .filter(b -> b.assigned() && b.number().equalsIgnoreCase(number)).findFirst()
                    .map(b -> booth(f, b)));
        }
        Matcher fair = FAIR.matcher(path);
        if (fair.matches()) {
            return fairs.publishedBySlug(fair.group(1)).map(this::fair);
        }
        Matcher showroom = SHOWROOM.matcher(path);
        if (showroom.matches()) {
            return showrooms.bySlug(showroom.group(1)).map(this::showroom);
        }
        return Optional.empty();
    }

    private PageMeta list(String path, String titleKey, String introKey) {
        String title = I18n.text(titleKey);
        String description = I18n.text(introKey);
        return new PageMeta(I18n.text("product.page.pageTitle", title), description, url.of(path), "website", null,
                List.of(), List.of(PageMeta.Block.heading(title), PageMeta.Block.paragraph(description)));
    }

    private PageMeta fair(FairView f) {
        String name = I18n.stored(f.name(), f.nameEn());
        String where = f.venue() + ", " + I18n.stored(f.provinceName(), f.provinceNameEn());
        String description = PublicPages.shorten(f.theme() != null ? name + ": " + f.theme() + ". " + where
                : name + ". " + where);
        String page = url.of(FairPaths.fair(f.slug()));
        Map<String, Object> event = object("Event");
        event.put("name", name);
        event.put("description", description);
        event.put("startDate", f.startsOn().toString());
        event.put("endDate", f.endsOn().toString());
        event.put("eventStatus", "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/MixedEventAttendanceMode");
        event.put("url", page);
        Map<String, Object> place = object("Place");
        place.put("name", f.venue());
        Map<String, Object> address = object("PostalAddress");
        if (f.address() != null) {
            address.put("streetAddress", f.address());
        }
        address.put("addressRegion", f.provinceName());
        address.put("addressCountry", "VN");
        place.put("address", address);
        event.put("location", place);
        List<PageMeta.Block> summary = new ArrayList<>();
        summary.add(PageMeta.Block.heading(name));
        summary.add(PageMeta.Block.paragraph(description));
        for (BoothView b : fairs.boothsOf(f.id())) {
            if (b.assigned()) {
                summary.add(PageMeta.Block.link(I18n.text("fair.page.boothLink", b.number(), b.producerName()),
                        FairPaths.booth(f.slug(), b.number())));
            }
        }
        return new PageMeta(I18n.text("product.page.pageTitle", name), description, page, "website", null,
                List.of(event), summary);
    }

    private PageMeta booth(FairView f, BoothView b) {
        String title = I18n.text("fair.booth.title", b.number(), b.producerName());
        String description = PublicPages.shorten(title + " – " + I18n.stored(f.name(), f.nameEn()) + ", "
                + f.venue() + (f.openingHours() == null ? "" : ", " + I18n.text("fair.page.hours", f.openingHours())));
        return new PageMeta(I18n.text("product.page.pageTitle", title), description,
                url.of(FairPaths.booth(f.slug(), b.number())), "website", null, List.of(),
                List.of(PageMeta.Block.heading(title), PageMeta.Block.paragraph(description),
                        PageMeta.Block.link(b.producerName(), ProducerPaths.page(b.producerSlug()))));
    }

    private PageMeta showroom(Showroom s) {
        String name = I18n.stored(s.name(), s.nameEn());
        String address = s.address() + ", " + showrooms.provinceName(s.provinceCode(), false);
        String description = PublicPages.shorten(name + " – " + address
                + (s.openingHours() == null ? "" : ". " + I18n.text("fair.page.hours", s.openingHours())));
        String page = url.of(FairPaths.showroom(s.slug()));
        Map<String, Object> store = object("Store");
        store.put("name", name);
        store.put("url", page);
        Map<String, Object> postal = object("PostalAddress");
        postal.put("streetAddress", s.address());
        postal.put("addressRegion", showrooms.provinceName(s.provinceCode(), false));
        postal.put("addressCountry", "VN");
        store.put("address", postal);
        if (s.phone() != null) {
            store.put("telephone", s.phone());
        }
        return new PageMeta(I18n.text("product.page.pageTitle", name), description, page, "website", null,
                List.of(store), List.of(PageMeta.Block.heading(name), PageMeta.Block.paragraph(description)));
    }

    private static Map<String, Object> object(String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        return object;
    }
}

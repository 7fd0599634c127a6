package vn.ocop.market.product.ui;

import jakarta.inject.Singleton;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ShopWindow;
import vn.ocop.market.shared.Outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The home page's pages of listed products, shared by every visitor for a short while. Sorting the
 * whole catalog for each visit does not scale; a page is read again once it is older than
 * {@link #TTL} (validity also ends with time, without a change being written) or as soon as the
 * outbox (which every catalog and certificate change writes to, on any instance) has moved on.
 */
@Singleton
public class HomePages {

    static final Duration TTL = Duration.ofSeconds(30);
    /** Pages kept at most; deep pages are rarely visited, so the cache is simply emptied past it. */
    private static final int MAX_PAGES = 200;

    private record Key(int page, int size) {
    }

    private record Entry(long stamp, long loadedNanos, Catalog.Page page, List<Catalog.Showcase> shown) {
    }

    /** A page of listed products with their covers and variants, and how many are listed in all. */
    public record Shown(long total, List<Catalog.Showcase> items) {
    }

    private final ShopWindow catalog;
    private final Outbox outbox;
    private final Map<Key, Entry> pages = new ConcurrentHashMap<>();

    HomePages(ShopWindow catalog, Outbox outbox) {
        this.catalog = catalog;
        this.outbox = outbox;
    }

    /** A page of listed products: from the cache while it is fresh, else from the database. */
    public Catalog.Page page(int page, int size) {
        return entry(page, size).page();
    }

    /** The same page with each product's photos and variants (for the cards' covers and actions). */
    public Shown shown(int page, int size) {
        Entry entry = entry(page, size);
        return new Shown(entry.page().total(), entry.shown());
    }

    private Entry entry(int page, int size) {
        // One primary-key lookup tells whether anything changed since the page was read.
        long stamp = outbox.maxId();
        long now = System.nanoTime();
        Key key = new Key(page, size);
        Entry cached = pages.get(key);
        if (cached != null && cached.stamp() == stamp && now - cached.loadedNanos() < TTL.toNanos()) {
            return cached;
        }
        Catalog.Page fresh = catalog.listed(page, size);
        Entry entry = new Entry(stamp, now, fresh, catalog.showcases(fresh.items()));
        if (fresh.items().isEmpty()) {
            // Pages past the end (any ?trang= typed) are not kept, so they cannot push real pages out.
            return entry;
        }
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(key, entry);
        return entry;
    }
}

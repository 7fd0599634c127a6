package vn.ocop.market.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Limit;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.GenericRepository;
import vn.ocop.market.certification.Listing;
import vn.ocop.market.producer.ProducerVisibility;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The storefront's reads: only listable products ({@link Listing#LISTABLE_SQL}), as {@link ListedProduct}s.
 * Two repositories run them: {@link CatalogRepository} on the primary, {@link ReplicaCatalogRepository}
 * on the replica data source (the reads that tolerate staleness, through {@link ShopWindow}).
 */
interface CatalogQueries extends GenericRepository<Product, Long> {

    /** The columns of a {@link ListedProduct}, named as its components. */
    String COLUMNS = "SELECT p.id, p.slug, p.code, p.name, p.name_en, p.product_group, p.unit, p.price_vnd,"
            + " p.stock, p.description, p.description_en, p.raw_material_origin, pr.id AS producer_id,"
            + " pr.name AS producer_name, pr.type AS producer_type, pr.province, pr.former_province,"
            + " pr.story AS producer_story, pr.story_en AS producer_story_en, c.id AS certificate_id,"
            + " c.certificate_number, c.score, c.stars, c.council_level, c.decision_number, c.decision_date, c.issued_by,"
            + " c.valid_until AS certificate_valid_until, p.created_at, p.version,"
            + " pr.slug AS producer_slug";
    String JOINS = " FROM product p JOIN producer pr ON pr.id = p.producer_id"
            + " JOIN certificate c ON c.id = p.current_certificate_id";
    /**
     * The same joins in product id order: without the forced join order MariaDB starts from
     * producers and sorts the whole catalog for every page, which makes paging through 100,000
     * products quadratic.
     */
    String JOINS_IN_ID_ORDER = " FROM product p STRAIGHT_JOIN producer pr ON pr.id = p.producer_id"
            + " STRAIGHT_JOIN certificate c ON c.id = p.current_certificate_id";
    String LISTABLE = " WHERE " + Listing.LISTABLE_SQL;

    /**
     * The database search's filter: every word of the JSON array {@code :words} occurs (accents
     * ignored, as the collation compares) in the name, producer, province, former province or
     * description, and the price lies within the bounds given.
     */
    String SEARCH = LISTABLE
            + " AND NOT EXISTS (SELECT 1 FROM JSON_TABLE(:words, '$[*]' COLUMNS (w VARCHAR(400) PATH '$')) AS words"
            + " WHERE REPLACE(LOWER(CONCAT_WS(' ', p.name, pr.name, pr.province, pr.former_province, p.description)),"
            + " 'đ', 'd') NOT LIKE CONCAT('%', words.w, '%'))"
            + " AND (:minPrice IS NULL OR p.price_vnd >= :minPrice) AND (:maxPrice IS NULL OR p.price_vnd <= :maxPrice)";
    /** The facet values a search page is narrowed to; each set counts only when its flag says it is not "any". */
    String NARROWED = " AND (:anyStars OR c.stars IN (:stars)) AND (:anyGroup OR p.product_group IN (:groups))"
            + " AND (:anyProvince OR pr.province IN (:provinces)) AND (:anyType OR pr.type IN (:types))";
    /** The price band of {@link Catalog#PRICE_STEPS}. */
    String BAND = "CASE WHEN p.price_vnd < " + Catalog.STEP_1 + " THEN 0 WHEN p.price_vnd < " + Catalog.STEP_2
            + " THEN 1 WHEN p.price_vnd < " + Catalog.STEP_3 + " THEN 2 WHEN p.price_vnd < " + Catalog.STEP_4
            + " THEN 3 ELSE 4 END";

    @Query("SELECT COUNT(*) FROM product p JOIN certificate c ON c.id = p.current_certificate_id" + LISTABLE)
    long countListed(Instant now);

    @Query(COLUMNS + JOINS + LISTABLE + " ORDER BY c.stars DESC, p.name LIMIT :limit OFFSET :offset")
    List<ListedProduct> listed(Instant now, int limit, long offset);

    @Query(COLUMNS + JOINS + LISTABLE + " AND p.id = :id")
    Optional<ListedProduct> listedById(Instant now, long id);

    @Query(COLUMNS + JOINS + LISTABLE + " AND p.slug = :slug")
    List<ListedProduct> listedBySlug(Instant now, String slug);

    @Query(COLUMNS + JOINS + LISTABLE + " AND p.id IN (:ids)")
    List<ListedProduct> listedAmong(Instant now, Collection<Long> ids);

    @Query(COLUMNS + JOINS_IN_ID_ORDER + LISTABLE + " AND p.id > :afterId ORDER BY p.id LIMIT :limit")
    List<ListedProduct> listedAfter(Instant now, long afterId, int limit);

    /** Counts of the search's matches per facet combination. */
    @Query("SELECT c.stars, p.product_group, pr.province, pr.type, " + BAND + " AS band, COUNT(*) AS n" + JOINS + SEARCH
            + " GROUP BY c.stars, p.product_group, pr.province, pr.type, band")
    List<FacetRow> facets(Instant now, String words, @Nullable Long minPrice, @Nullable Long maxPrice);

    /**
     * One page of the search's matches, in the given order (fixed expressions of
     * {@link DatabaseSearch}; {@code relevance} is 0 when the name matches {@code :nameLike}).
     */
    @Query(value = COLUMNS + ", CASE WHEN REPLACE(LOWER(p.name), 'đ', 'd') LIKE :nameLike THEN 0 ELSE 1 END AS relevance"
            + JOINS + SEARCH + NARROWED, nativeQuery = true)
    List<ListedProduct> search(Instant now, String words, @Nullable Long minPrice, @Nullable Long maxPrice,
                               boolean anyStars, Collection<Integer> stars, boolean anyGroup, Collection<String> groups,
                               boolean anyProvince, Collection<String> provinces, boolean anyType,
                               Collection<String> types, String nameLike, Sort sort, Limit limit);

    /** A public producer's listed products, best rank first. */
    @Query(COLUMNS + JOINS + LISTABLE + " AND p.producer_id = :producerId AND " + ProducerVisibility.PUBLIC_SQL
            + " ORDER BY c.stars DESC, p.name, p.id LIMIT :limit")
    List<ListedProduct> listedOfProducer(Instant now, long producerId, int limit);

    /** Listed products of public producers after the given id, in id order, with their last change. */
    @Query("SELECT p.id, p.slug, GREATEST(p.created_at, c.created_at) AS last_modified" + JOINS_IN_ID_ORDER + LISTABLE
            + " AND " + ProducerVisibility.PUBLIC_SQL + " AND p.id > :afterId ORDER BY p.id LIMIT :limit")
    List<PageStamp> productStampsAfter(Instant now, long afterId, int limit);

    /** Public producers with a listed product after the given id, in id order, with their products' last change. */
    @Query("SELECT pr.id, pr.slug, MAX(GREATEST(p.created_at, c.created_at)) AS last_modified" + JOINS + LISTABLE
            + " AND " + ProducerVisibility.PUBLIC_SQL + " AND pr.id > :afterId GROUP BY pr.id, pr.slug ORDER BY pr.id LIMIT :limit")
    List<PageStamp> producerStampsAfter(Instant now, long afterId, int limit);
}

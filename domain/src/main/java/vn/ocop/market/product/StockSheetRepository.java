package vn.ocop.market.product;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Stock counts and low-stock thresholds of products and their variants, for the seller centre. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StockSheetRepository extends GenericRepository<Product, Long> {

    /** A product or variant at or under its threshold that its producer was not told about yet. */
    @Introspected
    record Low(long productId, @Nullable Long variantId, long producerId, String name, @Nullable String variantLabel,
               int stock, int threshold, @Nullable String email) {
    }

    /** A product's row; its variant columns are NULL of the variant columns' type and collation (for the UNION). */
    String PRODUCT_ROWS = "SELECT p.id AS product_id, CAST(NULL AS SIGNED) AS variant_id, p.producer_id, p.code,"
            + " NULLIF(p.code, p.code) AS sku, p.name, NULLIF(p.name, p.name) AS variant_label, p.price_vnd, p.stock,"
            + " p.low_stock_threshold AS threshold FROM product p WHERE p.producer_id = :producerId"
            + " AND (:lowOnly = FALSE OR p.stock <= p.low_stock_threshold)";
    String VARIANT_ROWS = "SELECT v.product_id, v.id AS variant_id, v.producer_id, p.code, v.sku, p.name,"
            + " v.label AS variant_label, v.price_vnd, v.stock, v.low_stock_threshold AS threshold"
            + " FROM product_variant v JOIN product p ON p.id = v.product_id WHERE v.producer_id = :producerId"
            + " AND v.active AND (:lowOnly = FALSE OR v.stock <= v.low_stock_threshold)";

    /** A producer's products and variants, each variant after its product. */
    @Query(PRODUCT_ROWS + " UNION ALL " + VARIANT_ROWS
            + " ORDER BY name, product_id, variant_id LIMIT :limit")
    List<StockRow> rows(long producerId, boolean lowOnly, int limit);

    /** How many of the producer's products and variants are at or under their thresholds. */
    @Query("SELECT (SELECT COUNT(*) FROM product WHERE producer_id = :producerId AND stock <= low_stock_threshold)"
            + " + (SELECT COUNT(*) FROM product_variant WHERE producer_id = :producerId AND active"
            + " AND stock <= low_stock_threshold)")
    long countLow(long producerId);

    @Query("UPDATE product_variant SET stock = :stock, version = version + 1 WHERE id = :variantId")
    int setVariantStock(long variantId, int stock);

    @Query("UPDATE product_variant SET price_vnd = :priceVnd, version = version + 1 WHERE id = :variantId")
    int setVariantPrice(long variantId, long priceVnd);

    @Query("UPDATE product SET low_stock_threshold = :threshold WHERE id = :productId")
    int setProductThreshold(long productId, int threshold);

    @Query("UPDATE product_variant SET low_stock_threshold = :threshold WHERE id = :variantId")
    int setVariantThreshold(long variantId, int threshold);

    @Query("UPDATE product SET low_stock_alerted = FALSE WHERE low_stock_alerted AND stock > low_stock_threshold")
    int resetRestockedProducts();

    @Query("UPDATE product_variant SET low_stock_alerted = FALSE"
            + " WHERE low_stock_alerted AND stock > low_stock_threshold")
    int resetRestockedVariants();

    @Query("SELECT p.id AS product_id, CAST(NULL AS SIGNED) AS variant_id, p.producer_id, p.name,"
            + " CAST(NULL AS CHAR(100)) AS variant_label, p.stock, p.low_stock_threshold AS threshold, pr.email"
            + " FROM product p JOIN producer pr ON pr.id = p.producer_id"
            + " WHERE p.published AND NOT p.low_stock_alerted AND p.stock <= p.low_stock_threshold"
            + " ORDER BY p.id LIMIT :limit")
    List<Low> newlyLowProducts(int limit);

    @Query("SELECT v.product_id, v.id AS variant_id, v.producer_id, p.name, v.label AS variant_label, v.stock,"
            + " v.low_stock_threshold AS threshold, pr.email"
            + " FROM product_variant v JOIN product p ON p.id = v.product_id JOIN producer pr ON pr.id = v.producer_id"
            + " WHERE v.active AND p.published AND NOT v.low_stock_alerted AND v.stock <= v.low_stock_threshold"
            + " ORDER BY v.id LIMIT :limit")
    List<Low> newlyLowVariants(int limit);

    /** 1 when this call marked the product told (it was low and not told yet). */
    @Query("UPDATE product SET low_stock_alerted = TRUE"
            + " WHERE id = :productId AND NOT low_stock_alerted AND stock <= low_stock_threshold")
    int markProductAlerted(long productId);

    @Query("UPDATE product_variant SET low_stock_alerted = TRUE"
            + " WHERE id = :variantId AND NOT low_stock_alerted AND stock <= low_stock_threshold")
    int markVariantAlerted(long variantId);
}

package vn.ocop.market.media;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductImageRepository extends CrudRepository<ProductImage, Long> {

    /** The photos shoppers see (none pending), the cover first. */
    @Query("SELECT * FROM product_image WHERE product_id = :productId AND pending = FALSE ORDER BY cover DESC, position, id")
    List<ProductImage> ofProduct(long productId);

    /** Every photo row of the product, pending ones too. */
    @Query("SELECT * FROM product_image WHERE product_id = :productId ORDER BY cover DESC, position, id")
    List<ProductImage> allOfProduct(long productId);

    @Query("SELECT * FROM product_image WHERE product_id IN (:productIds) AND pending = FALSE"
            + " ORDER BY product_id, cover DESC, position, id")
    List<ProductImage> ofProducts(Collection<Long> productIds);

    @Query("UPDATE product_image SET position = :position, cover = :cover, pending = FALSE WHERE id = :id")
    int approve(long id, int position, boolean cover);

    @Query("SELECT COALESCE(MAX(position), -1) + 1 FROM product_image WHERE product_id = :productId")
    int nextPosition(long productId);

    /** The product's producer, or empty when there is no such product. */
    @Query("SELECT producer_id FROM product WHERE id = :productId")
    Optional<Long> producerOf(long productId);

    /** The product a variant belongs to, or empty when there is no such variant. */
    @Query("SELECT product_id FROM product_variant WHERE id = :variantId")
    Optional<Long> productOfVariant(long variantId);

    /** The product rows locked, so that two editors of one product take turns. */
    @Query("SELECT id FROM product WHERE id = :productId FOR UPDATE")
    Optional<Long> lockProduct(long productId);

    /** How many rows (other product or story photos) still use a key, so a shared key is not deleted from the store. */
    @Query("SELECT (SELECT COUNT(*) FROM product_image WHERE thumb_key = :key OR card_key = :key OR zoom_key = :key)"
            + " + (SELECT COUNT(*) FROM producer_image WHERE thumb_key = :key OR card_key = :key OR zoom_key = :key)")
    int usesOf(String key);

    @Query("UPDATE product_image SET position = :position, cover = :cover WHERE id = :id")
    int place(long id, int position, boolean cover);
}

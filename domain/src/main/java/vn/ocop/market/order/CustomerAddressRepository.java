package vn.ocop.market.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** The delivery addresses signed-in shoppers used. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CustomerAddressRepository extends GenericRepository<CustomerAddress, Long> {

    /** Remembers an address, or marks it used again now. */
    @Query("""
            INSERT INTO customer_address (user_id, contact_name, phone, province_code, province_name, commune_code,
              commune_name, street, last_used_at)
            VALUES (:userId, :contactName, :phone, :provinceCode, :provinceName, :communeCode, :communeName, :street, :now)
            ON DUPLICATE KEY UPDATE contact_name = VALUES(contact_name), last_used_at = VALUES(last_used_at)""")
    int remember(long userId, String contactName, String phone, @Nullable String provinceCode, String provinceName,
                 @Nullable String communeCode, String communeName, String street, Instant now);

    @Query("""
            SELECT contact_name, phone, province_code, province_name, commune_code, commune_name, street, last_used_at
            FROM customer_address WHERE user_id = :userId ORDER BY last_used_at DESC, id DESC LIMIT 20""")
    List<SavedAddresses.SavedAddress> recent(long userId);
}

package vn.ocop.market.order;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Payment provider events, each recorded once. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PaymentEventRepository extends GenericRepository<PaymentEvent, Long> {

    PaymentEvent save(PaymentEvent event);

    boolean existsByProviderAndEventId(String provider, String eventId);

    @Query("""
            SELECT checkout_id FROM payment_event
            WHERE provider = :provider AND event_id = :eventId AND checkout_id IS NOT NULL""")
    Optional<Long> checkoutIdOf(String provider, String eventId);
}

package vn.ocop.market.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** The job_lock table; lease ends are computed by the database ({@code NOW(6)}), lengths are in microseconds. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface JobLockRepository extends GenericRepository<JobLockRepository.JobLock, String> {

    @MappedEntity("job_lock")
    record JobLock(@Id String name, @Nullable String owner, Instant lockedUntil) {
    }

    @Query("UPDATE job_lock SET owner = NULL, locked_until = NOW(6) - INTERVAL 1 SECOND WHERE owner = :owner")
    int releaseAll(String owner);

    @Query("SELECT COUNT(*) FROM job_lock WHERE name = :name")
    int countByName(String name);

    /** Creates the lock row free and long run out (1970-01-02 00:00, written as a date literal). */
    @Query("INSERT IGNORE INTO job_lock (name, owner, locked_until) VALUES (:name, NULL, DATE'1970-01-02')")
    int create(String name);

    @Query("UPDATE job_lock SET owner = :owner, locked_until = NOW(6) + INTERVAL :micros MICROSECOND "
            + "WHERE name = :name AND (owner IS NULL OR owner = :owner OR locked_until < NOW(6))")
    int take(String name, String owner, long micros);

    /** Like {@link #take}, but a lease resting after a scheduled pass (no owner, end ahead) stays closed. */
    @Query("UPDATE job_lock SET owner = :owner, locked_until = NOW(6) + INTERVAL :micros MICROSECOND "
            + "WHERE name = :name AND (owner = :owner OR locked_until < NOW(6))")
    int takeUnlessResting(String name, String owner, long micros);

    @Query("UPDATE job_lock SET locked_until = NOW(6) + INTERVAL :micros MICROSECOND WHERE name = :name AND owner = :owner")
    int renew(String name, String owner, long micros);

    /** Frees the lease for whoever comes next (its end moved into the past). */
    @Query("UPDATE job_lock SET owner = NULL, locked_until = NOW(6) - INTERVAL 1 SECOND WHERE name = :name AND owner = :owner")
    int release(String name, String owner);

    /** Frees the lease but keeps it closed to every instance for the given time (no owner may take it). */
    @Query("UPDATE job_lock SET owner = NULL, locked_until = NOW(6) + INTERVAL :micros MICROSECOND "
            + "WHERE name = :name AND owner = :owner")
    int rest(String name, String owner, long micros);
}

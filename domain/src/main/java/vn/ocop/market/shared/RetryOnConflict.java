package vn.ocop.market.shared;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method's transaction runs again when it ends in a conflict ({@link ConflictRetry}): put it
 * beside {@code @Transactional}; its interceptor wraps the transaction's, so each run is a new
 * transaction. Only where the work has no effect outside the database.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
@Around
public @interface RetryOnConflict {
}

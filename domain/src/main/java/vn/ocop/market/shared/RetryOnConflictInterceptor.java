package vn.ocop.market.shared;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;

/** Runs a {@link RetryOnConflict} method again (its transaction included) on a conflict. */
@Singleton
@InterceptorBean(RetryOnConflict.class)
class RetryOnConflictInterceptor implements MethodInterceptor<Object, Object> {

    private final ConflictRetry retry;

    RetryOnConflictInterceptor(ConflictRetry retry) {
        this.retry = retry;
    }

    /** Outside the transaction interceptor ({@link InterceptPhase#TRANSACTION}), so that each run is a new transaction. */
    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        String operation = context.getDeclaringType().getSimpleName() + "." + context.getMethodName();
        return retry.run(operation, () -> context.proceed(this));
    }
}

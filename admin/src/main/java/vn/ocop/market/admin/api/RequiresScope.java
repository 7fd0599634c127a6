package vn.ocop.market.admin.api;

import vn.ocop.market.apiclient.ApiScope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an admin API operation needs; {@link AdminToken} checks it before the operation runs.
 * An operation without it is refused to every API client (only the demo token passes), so a new
 * endpoint is closed until someone decides who may call it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
    ApiScope value();
}

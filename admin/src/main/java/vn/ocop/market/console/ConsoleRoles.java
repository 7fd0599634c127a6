package vn.ocop.market.console;

import vn.ocop.market.account.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may open a console view; views without it are officers' work (certificates, catalog, search
 * index, audit): platform admins manage people and API clients, not certificates.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConsoleRoles {
    Role[] value();
}

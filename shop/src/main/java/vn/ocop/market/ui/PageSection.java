package vn.ocop.market.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A feature's section of the home page and of producer pages (the live events): a bean the pages are
 * given, so they do not depend on the features that fill them. Empty when there is nothing to show.
 */
public interface PageSection {

    /** The section on the home page. */
    Optional<Component> home();

    /** The section on a producer's page. */
    Optional<Component> producer(long producerId);
}

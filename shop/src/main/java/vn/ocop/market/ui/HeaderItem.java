package vn.ocop.market.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's part of the storefront header (the cart link): a {@code @Prototype} bean the frame is
 * given, so the frame does not depend on the features that fill it.
 */
public interface HeaderItem {

    Component component();
}

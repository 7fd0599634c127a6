package vn.ocop.market.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import java.util.Comparator;
import java.util.List;

/**
 * At most {@value #MAX_UIS} pages (UIs) per session: opening another closes the session's oldest.
 * A browser tells the server when a tab leaves a page, but a client that only ever opens pages (a
 * scraper, a load generator, a broken bot) with one cookie would otherwise pile up a UI per page view
 * until the heartbeat timeout, each holding its component tree, and take the heap with them. A
 * shopper with that many tabs open finds the oldest one asking to reload. Vaadin removes a closed UI
 * at the end of the request.
 */
public class UiCap implements VaadinServiceInitListener {

    /** The most pages one session keeps open at a time. */
    public static final int MAX_UIS = 10;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> closeOldest(init.getUI()));
    }

    static void closeOldest(UI opened) {
        VaadinSession session = opened.getSession();
        List<UI> open = session.getUIs().stream().filter(ui -> ui != opened && !ui.isClosing())
                .sorted(Comparator.comparingInt(UI::getUIId)).toList();
        for (int i = 0; i < open.size() - (MAX_UIS - 1); i++) {
            open.get(i).close();
        }
    }
}

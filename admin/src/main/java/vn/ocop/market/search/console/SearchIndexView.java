package vn.ocop.market.search.console;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.search.ProductIndex;
import vn.ocop.market.search.Reindexer;
import vn.ocop.market.shared.Outbox;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.Locale;

/**
 * The search index for officers and admins: which physical index serves, how many documents it
 * holds against the listed products, the outbox backlog, and a full reindex with live progress.
 */
@Prototype
@Route(value = "admin/search-index", layout = AdminLayout.class)
public class SearchIndexView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MS = 700;

    private final Reindexer reindexer;
    private final ProductIndex index;
    private final Catalog catalog;
    private final Outbox outbox;
    private final java.time.Clock clock;
    private final Div facts = new Div();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Button start = new Button();
    private Registration polling;

    public SearchIndexView(Reindexer reindexer, ProductIndex index, Catalog catalog, Outbox outbox, java.time.Clock clock) {
        this.clock = clock;
        this.reindexer = reindexer;
        this.index = index;
        this.catalog = catalog;
        this.outbox = outbox;
        facts.setId("search-index-facts");
        facts.addClassName("facts");
        bar.setId("reindex-progress");
        status.setId("reindex-status");
        start.setText(I18n.text("console.searchIndex.rebuild"));
        start.setId("reindex-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            if (!reindexer.start()) {
                status.setText(I18n.text("console.searchIndex.alreadyRunning"));
            }
            startPolling();
            refresh();
        });
        Button reload = new Button(I18n.text("console.searchIndex.refresh"), e -> refresh());
        reload.setId("reindex-refresh");
        Paragraph help = new Paragraph(I18n.text("console.searchIndex.help"));
        add(new H2(I18n.text("console.searchIndex.title")), help, facts, new HorizontalLayout(start, reload), bar,
                status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The layout checks too; a view that can start a rebuild does not rely on that alone.
        if (CurrentUser.get().map(u -> !u.hasRole(Role.OFFICER)).orElse(true)) {
            event.rerouteToError(AccessDeniedException.class,
                    I18n.text("console.common.noAccess"));
            return;
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (reindexer.running()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }

    /** Reads the current state again: index facts and reindex progress. */
    void refresh() {
        facts.removeAll();
        String current;
        String documents;
        try {
            current = index.current();
            documents = current == null ? "–" : Long.toString(index.count(current));
        } catch (Exception e) {
            current = I18n.text("console.searchIndex.unreachable");
            documents = "–";
        }
        fact(I18n.text("console.searchIndex.alias"), index.alias(), "fact-alias");
        fact(I18n.text("console.searchIndex.serving"), current == null ? "–" : current, "fact-index");
        fact(I18n.text("console.searchIndex.mappingVersion"), "v" + ProductIndex.MAPPING_VERSION, "fact-mapping");
        fact(I18n.text("console.searchIndex.documents"), documents, "fact-documents");
        fact(I18n.text("console.searchIndex.listed"), Long.toString(catalog.countListed()),
                "fact-listed");
        fact(I18n.text("console.searchIndex.backlog"), Long.toString(outbox.backlog()), "fact-backlog");

        Reindexer.Progress p = reindexer.progress();
        bar.setValue(p.fraction());
        bar.setVisible(p.state() != Reindexer.State.IDLE);
        start.setEnabled(p.state() != Reindexer.State.RUNNING);
        status.setText(describe(p));
        if (p.state() != Reindexer.State.RUNNING) {
            stopPolling();
        }
    }

    private void fact(String label, String value, String id) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.setId(id);
        Div row = new Div(l, v);
        row.addClassName("fact");
        facts.add(row);
    }

    private String describe(Reindexer.Progress p) {
        String rate = String.format(Locale.ROOT, "%.0f", p.docsPerSecond(clock.instant()));
        return switch (p.state()) {
            case IDLE -> I18n.text("console.searchIndex.idle");
            case RUNNING -> I18n.text("console.searchIndex.running", phase(p.phase()), p.indexed(), p.total(), rate);
            case DONE -> I18n.text("console.searchIndex.done", p.indexed(), p.toIndex(), rate);
            case FAILED -> I18n.text("console.searchIndex.failed", p.error());
        };
    }

    private static String phase(Reindexer.Phase phase) {
        if (phase == null) {
            return "";
        }
        return I18n.text("console.searchIndex.phase." + phase.name());
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            if (polling == null) {
                ui.setPollInterval(POLL_MS);
                polling = ui.addPollListener(e -> refresh());
            }
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.searchIndex.pageTitle");
    }
}

package vn.ocop.market.search.ui;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.admin.ui.AdminLayout;
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
@PageTitle("Chỉ mục tìm kiếm – Quản trị OCOP")
public class SearchIndexView extends VerticalLayout implements BeforeEnterObserver {

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
        start.setText(I18n.t("Lập chỉ mục lại toàn bộ", "Rebuild the whole index"));
        start.setId("reindex-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            if (!reindexer.start()) {
                status.setText(I18n.t("Đang lập chỉ mục, vui lòng chờ.", "A reindex is already running."));
            }
            startPolling();
            refresh();
        });
        Button reload = new Button(I18n.t("Làm mới", "Refresh"), e -> refresh());
        reload.setId("reindex-refresh");
        Paragraph help = new Paragraph(I18n.t(
                "Lập chỉ mục lại tạo một chỉ mục mới từ cơ sở dữ liệu, cập nhật các thay đổi trong lúc chạy rồi chuyển "
                        + "bí danh sang chỉ mục mới trong một bước. Tìm kiếm vẫn hoạt động suốt quá trình; nếu có lỗi, "
                        + "chỉ mục cũ tiếp tục phục vụ.",
                "A rebuild fills a new index from the database, applies the changes made meanwhile, then moves the "
                        + "alias to it in one step. Search keeps working throughout; if anything fails, the old index "
                        + "keeps serving."));
        add(new H2(I18n.t("Chỉ mục tìm kiếm", "Search index")), help, facts, new HorizontalLayout(start, reload), bar,
                status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The layout checks too; a view that can start a rebuild does not rely on that alone.
        if (CurrentUser.get().map(u -> !u.hasRole(Role.OFFICER)).orElse(true)) {
            event.rerouteToError(AccessDeniedException.class,
                    I18n.t("Bạn không có quyền truy cập trang này.", "You may not open this page."));
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
            current = I18n.t("không kết nối được máy tìm kiếm", "search engine unreachable");
            documents = "–";
        }
        fact(I18n.t("Bí danh", "Alias"), index.alias(), "fact-alias");
        fact(I18n.t("Chỉ mục đang phục vụ", "Serving index"), current == null ? "–" : current, "fact-index");
        fact(I18n.t("Phiên bản ánh xạ", "Mapping version"), "v" + ProductIndex.MAPPING_VERSION, "fact-mapping");
        fact(I18n.t("Tài liệu trong chỉ mục", "Documents in the index"), documents, "fact-documents");
        fact(I18n.t("Sản phẩm đang bán (CSDL)", "Listed products (database)"), Long.toString(catalog.countListed()),
                "fact-listed");
        fact(I18n.t("Thay đổi chờ cập nhật", "Changes waiting (outbox)"), Long.toString(outbox.backlog()), "fact-backlog");

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
            case IDLE -> I18n.t("Chưa lập chỉ mục lại kể từ khi khởi động.", "No rebuild since start-up.");
            case RUNNING -> I18n.t("Đang chạy (" + phase(p.phase()) + "): " + p.indexed() + "/" + p.total()
                    + " sản phẩm, " + rate + " sp/giây.", "Running (" + p.phase() + "): " + p.indexed() + "/" + p.total()
                    + " products, " + rate + " docs/s.");
            case DONE -> I18n.t("Hoàn tất: " + p.indexed() + " sản phẩm vào " + p.toIndex() + " (" + rate + " sp/giây).",
                    "Done: " + p.indexed() + " products into " + p.toIndex() + " (" + rate + " docs/s).");
            case FAILED -> I18n.t("Thất bại, chỉ mục cũ vẫn phục vụ: " + p.error(),
                    "Failed; the old index keeps serving: " + p.error());
        };
    }

    private static String phase(Reindexer.Phase phase) {
        if (phase == null) {
            return "";
        }
        return switch (phase) {
            case CREATING -> "tạo chỉ mục";
            case FILLING -> "nạp dữ liệu";
            case CATCHING_UP -> "cập nhật thay đổi";
            case SWAPPING -> "chuyển bí danh";
            case CLEANING -> "xóa chỉ mục cũ";
            case FINISHED -> "xong";
        };
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
}

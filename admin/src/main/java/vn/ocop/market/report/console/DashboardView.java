package vn.ocop.market.report.console;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.region.Province;
import vn.ocop.market.region.Provinces;
import vn.ocop.market.report.OcopProgressReport;
import vn.ocop.market.report.ReportAccess;
import vn.ocop.market.report.ReportJobs;
import vn.ocop.market.report.ReportModel;
import vn.ocop.market.report.ReportParameters;
import vn.ocop.market.report.Reports;
import vn.ocop.market.fair.FairReport;
import vn.ocop.market.live.LiveSalesReport;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.Clock;
import java.util.Optional;

/**
 * The programme dashboard: the six-monthly progress figures for a province (an officer's own; admins
 * and officers of the whole country choose) over a period, as numbers and SVG bar charts, each
 * number a link to the list it counts; the report exported as XLSX or PDF in the background.
 */
@Prototype
@Route(value = "admin/dashboard", layout = AdminLayout.class)
@ConsoleRoles({Role.OFFICER, Role.ADMIN})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Reports reports;
    private final ReportAccess access;
    private final Clock clock;
    final ComboBox<Province> province = new ComboBox<>();
    final Span ownProvince = new Span();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span message = new Span();
    final DashboardFigures figures;
    final ReportExport export;
    private final Div content = new Div();
    private SignedInUser user;
    private boolean ready;
    private final FairFigures fairs;
    private final LiveFigures live;

    public DashboardView(Reports reports, ReportAccess access, ReportJobs jobs, Provinces provinces, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
        this.figures = new DashboardFigures();
        this.fairs = new FairFigures();
        this.live = new LiveFigures();
        this.export = new ReportExport(jobs);
        setSizeFull();

        province.setLabel(I18n.text("console.common.province"));
        province.setPlaceholder(I18n.text("console.dashboard.country"));
        province.setId("dashboard-province");
        province.setItems(provinces.all());
        province.setItemLabelGenerator(Province::name);
        province.setClearButtonVisible(true);
        province.setWidth("16rem");
        province.addValueChangeListener(e -> refresh());
        ownProvince.setId("dashboard-own-province");
        from.setLabel(I18n.text("console.sales.from"));
        from.setId("dashboard-from");
        to.setLabel(I18n.text("console.sales.to"));
        to.setId("dashboard-to");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        message.setId("dashboard-message");

        HorizontalLayout filters = new HorizontalLayout(province, ownProvince, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        content.add(figures, fairs, live, export);
        content.setWidthFull();
        add(new H2(I18n.text("console.dashboard.title")), filters, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = CurrentUser.get().filter(u -> u.hasRole(Role.OFFICER, Role.ADMIN)).orElse(null);
        if (user == null) {
            return;
        }
        Optional<Province> own = access.heldTo(user);
        province.setVisible(own.isEmpty());
        ownProvince.setVisible(own.isPresent());
        own.ifPresent(p -> ownProvince.setText(I18n.text("console.dashboard.ownProvince", p.name())));
        // The default period: the six months up to today, as the report counts it.
        ReportParameters defaults = reports.parameters(null, null, null);
        ready = false;
        from.setValue(defaults.from());
        to.setValue(defaults.to());
        ready = true;
        refresh();
    }

    /** Recomputes the figures for the chosen province and period; an officer's own province whatever is chosen. */
    void refresh() {
        if (!ready || user == null) {
            return;
        }
        message.setText("");
        content.setVisible(false);
        ReportParameters parameters;
        try {
            parameters = access.parameters(user, province.getValue() == null ? null : province.getValue().name(),
                    from.getValue(), to.getValue());
        } catch (InvalidInputException refused) {
            message.setText(I18n.messages(refused));
            return;
        }
        ReportModel model = reports.generate(OcopProgressReport.NAME, parameters, I18n.locale(),
                vn.ocop.market.report.Report.Progress.NONE);
        SignedInUser viewer = user;
        figures.show(model, href -> AdminLayout.mayOpen(viewer, href));
        fairs.show(reports.generate(FairReport.NAME, parameters, I18n.locale(),
                vn.ocop.market.report.Report.Progress.NONE).figures(), href -> AdminLayout.mayOpen(viewer, href));
        live.show(reports.generate(LiveSalesReport.NAME, parameters, I18n.locale(),
                vn.ocop.market.report.Report.Progress.NONE).figures(), href -> AdminLayout.mayOpen(viewer, href));
        export.use(OcopProgressReport.NAME, parameters);
        content.setVisible(true);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        export.stop();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.dashboard.pageTitle");
    }

    static Anchor link(String id, String text, String href) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        return a;
    }

    static FlexLayout row() {
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        return cards;
    }
}

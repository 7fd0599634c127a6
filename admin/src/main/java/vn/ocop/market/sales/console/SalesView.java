package vn.ocop.market.sales.console;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.sales.Bucket;
import vn.ocop.market.sales.SalesReport;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.shared.VietnameseDates;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The sales dashboard: a producer's orders, revenue, units and conversion from product page views
 * over a period, by day, week or month, drawn as an SVG chart, with the best products and an XLSX
 * export. A producer sees its own (the service takes its id from the session); an officer picks the
 * producer.
 */
@Prototype
@Route(value = "admin/sales", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class SalesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The periods offered: the last 7, 30 or 90 days (today included), or chosen days; label {@code console.sales.range.<NAME>}. */
    enum Range {
        LAST_7(7), LAST_30(30), LAST_90(90), CUSTOM(0);

        final int days;

        Range(int days) {
            this.days = days;
        }
    }

    private final SalesReport sales;
    private final Clock clock;
    final ComboBox<Producer> producer = new ComboBox<>();
    final Select<Range> range = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Bucket> bucket = new Select<>();
    final Span message = new Span();
    final Span orders = new Span();
    final Span revenue = new Span();
    final Span units = new Span();
    final Span conversion = new Span();
    final Div chart = new Div();
    final Grid<SalesReport.BestProduct> best = new Grid<>();
    final Anchor export = new Anchor();
    private final Div content = new Div();
    private SignedInUser user;

    public SalesView(SalesReport sales, Producers producers, Clock clock) {
        this.sales = sales;
        this.clock = clock;
        setSizeFull();

        producer.setLabel(I18n.text("console.common.producer"));
        producer.setId("sales-producer");
        producer.setItems(query -> producers.page(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        producer.setItemLabelGenerator(p -> p.name() + " · " + p.province());
        producer.setWidth("24rem");
        producer.setVisible(false);
        producer.addValueChangeListener(e -> refresh());

        range.setLabel(I18n.text("console.sales.range"));
        range.setId("sales-range");
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> I18n.text("console.sales.range." + r.name()));
        range.setValue(Range.LAST_30);
        range.addValueChangeListener(e -> {
            boolean custom = e.getValue() == Range.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            refresh();
        });
        from.setLabel(I18n.text("console.sales.from"));
        from.setId("sales-from");
        to.setLabel(I18n.text("console.sales.to"));
        to.setId("sales-to");
        from.setVisible(false);
        to.setVisible(false);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        bucket.setLabel(I18n.text("console.sales.bucket"));
        bucket.setId("sales-bucket");
        bucket.setItems(Bucket.values());
        bucket.setItemLabelGenerator(b -> I18n.text("sales.bucket." + b.name()));
        bucket.setValue(Bucket.DAY);
        bucket.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(producer, range, from, to, bucket);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        orders.setId("sales-orders");
        revenue.setId("sales-revenue");
        units.setId("sales-units");
        conversion.setId("sales-conversion");
        FlexLayout cards = new FlexLayout(card("console.sales.orders", orders), card("console.sales.revenue", revenue),
                card("console.sales.units", units), card("console.sales.conversion", conversion));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");

        chart.setId("sales-chart");
        chart.setWidthFull();

        best.addColumn(SalesReport.BestProduct::name).setHeader(I18n.text("console.common.product")).setFlexGrow(3);
        best.addColumn(SalesReport.BestProduct::units).setHeader(I18n.text("console.sales.units")).setAutoWidth(true);
        best.addColumn(p -> Vnd.format(p.revenueVnd())).setHeader(I18n.text("console.sales.revenue")).setAutoWidth(true);
        best.addColumn(SalesReport.BestProduct::views).setHeader(I18n.text("console.sales.views")).setAutoWidth(true);
        best.addColumn(p -> percent(p.conversion())).setHeader(I18n.text("console.sales.conversion")).setAutoWidth(true);
        best.setId("sales-best");
        best.setAllRowsVisible(true);

        export.setText(I18n.text("console.sales.export"));
        export.setId("sales-export");
        message.setId("sales-message");

        content.add(cards, chart, new H3(I18n.text("console.sales.best")), best, export);
        content.setWidthFull();
        add(new H2(I18n.text("console.sales.title")), filters, message, content);
    }

    private static Div card(String labelKey, Span value) {
        Span label = new Span(I18n.text(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div card = new Div(label, new Div(value));
        card.addClassName("sales-card");
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "11rem");
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = CurrentUser.get().filter(u -> u.hasRole(Role.PRODUCER, Role.OFFICER)).orElse(null);
        producer.setVisible(user != null && user.role() == Role.OFFICER);
        refresh();
    }

    /** The report for the chosen producer, period and bucket; nothing shown until it can be read. */
    void refresh() {
        content.setVisible(false);
        message.setText("");
        if (user == null) {
            return;
        }
        Long producerId = null;
        if (user.role() == Role.OFFICER) {
            if (producer.getValue() == null) {
                message.setText(I18n.text("console.sales.pickProducer"));
                return;
            }
            producerId = producer.getValue().id();
        }
        LocalDate today = VietnameseDates.today(clock);
        Range chosen = range.getValue() == null ? Range.LAST_30 : range.getValue();
        LocalDate first = chosen == Range.CUSTOM ? from.getValue() : today.minusDays(chosen.days - 1L);
        LocalDate last = chosen == Range.CUSTOM ? to.getValue() : today;
        if (first == null || last == null) {
            message.setText(I18n.text("console.sales.pickDays"));
            return;
        }
        SalesReport.Report report;
        try {
            // A producer's figures are its own: the service takes its id from the signed-in user.
            report = sales.report(user, producerId, first, last, bucket.getValue() == null ? Bucket.DAY : bucket.getValue());
        } catch (InvalidInputException refused) {
            message.setText(I18n.messages(refused));
            return;
        } catch (NotFoundException refused) {
            message.setText(I18n.text("console.common.noAccess"));
            return;
        }
        show(report);
    }

    private void show(SalesReport.Report shown) {
        SalesReport.Row total = shown.total();
        orders.setText(NumberFormat.getIntegerInstance(I18n.locale()).format(total.orders()));
        revenue.setText(Vnd.format(total.revenueVnd()));
        units.setText(NumberFormat.getIntegerInstance(I18n.locale()).format(total.units()));
        conversion.setText(percent(total.conversion()));
        // Set as inner HTML, so the browser parses the SVG itself (keeping viewBox and the other mixed-case names).
        chart.getElement().setProperty("innerHTML", SalesChart.svg(shown));
        best.setItems(shown.best());
        byte[] workbook = SalesWorkbook.bytes(shown);
        export.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(workbook),
                SalesWorkbook.fileName(shown), SalesWorkbook.CONTENT_TYPE, workbook.length)), AttachmentType.DOWNLOAD);
        content.setVisible(true);
    }

    static String percent(OptionalDouble share) {
        if (share.isEmpty()) {
            return I18n.text("console.sales.noViews");
        }
        NumberFormat format = NumberFormat.getPercentInstance(I18n.locale());
        format.setMaximumFractionDigits(1);
        return format.format(share.getAsDouble());
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.sales.pageTitle");
    }
}

package vn.ocop.market.order.console;

import vn.ocop.market.order.ui.OrderBadges;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.ocop.market.order.ShippingDocuments;
import java.io.ByteArrayInputStream;
import java.util.List;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.order.Order;
import vn.ocop.market.order.OrderReads;
import vn.ocop.market.order.OrderStatus;
import vn.ocop.market.order.Orders;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.stream.Stream;

/**
 * Orders in the console: a producer sees its own (the domain enforces it), officers every
 * producer's. A row opens the order, where it is moved along its fulfilment.
 */
@Prototype
@Route(value = "admin/orders", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class OrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Orders orders;
    private final OrderReads reads;
    final Select<OrderStatus> status = new Select<>();
    final Grid<Order> grid = new Grid<>();
    final Span count = new Span();

    private final ShippingDocuments documents;
    /** The orders ticked in the grid, for the packing slips' download (read outside the session lock). */
    private volatile List<Long> selected = List.of();
    final Anchor slips = new Anchor();

    public OrdersView(Orders orders, OrderReads reads, ShippingDocuments documents) {
        this.orders = orders;
        this.reads = reads;
        this.documents = documents;
        setSizeFull();
        status.setLabel(I18n.text("console.orders.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(I18n.text("console.orders.anyStatus"));
        status.setItems(OrderStatus.values());
        status.setItemLabelGenerator(s -> s == null ? I18n.text("console.orders.anyStatus") : I18n.text("order.status." + s.name()));
        status.setId("order-status-filter");
        status.addValueChangeListener(e -> refresh());

        grid.addColumn(Order::number).setHeader(I18n.text("console.orders.number")).setAutoWidth(true);
        grid.addColumn(o -> OrderBadges.when(o.createdAt())).setHeader(I18n.text("console.orders.placed")).setAutoWidth(true);
        grid.addColumn(Order::producerName).setHeader(I18n.text("console.common.producer")).setFlexGrow(2).setKey("producer");
        grid.addColumn(o -> o.contactName() + " · " + o.phone()).setHeader(I18n.text("console.orders.recipient")).setFlexGrow(2);
        grid.addColumn(o -> Vnd.format(o.totalVnd())).setHeader(I18n.text("console.orders.total")).setAutoWidth(true);
        grid.addColumn(o -> I18n.text("payment.method." + o.method().name())).setHeader(I18n.text("console.orders.payment")).setAutoWidth(true);
        grid.addComponentColumn(o -> OrderBadges.status(o.status())).setHeader(I18n.text("console.orders.status"))
                .setAutoWidth(true).setKey("status");
        grid.addComponentColumn(o -> OrderBadges.payment(o.paymentStatus()))
                .setHeader(I18n.text("console.orders.money")).setAutoWidth(true);
        grid.addItemClickListener(e -> {
            // A click on a row from before the latest refresh carries no item; it is ignored.
            if (e.getItem() != null) {
                open(e.getItem());
            }
        });
        grid.setId("orders-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> {
            selected = e.getAllSelectedItems().stream().map(Order::id).limit(ShippingDocuments.MAX_ORDERS).toList();
            slips.setEnabled(!selected.isEmpty());
        });
        count.setId("orders-count");
        slips.setText(I18n.text("console.orders.slips"));
        slips.setId("orders-slips");
        slips.setEnabled(false);
        SignedInUser viewer = CurrentUser.get().orElse(null);
        java.util.Locale locale = I18n.locale();
        slips.setHref(DownloadHandler.fromInputStream(event -> {
            List<Long> ids = selected;
            if (viewer == null || ids.isEmpty()) {
                return DownloadResponse.error(404);
            }
            byte[] pdf = documents.packingSlips(viewer, ids, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "phieu-dong-goi.pdf", "application/pdf", pdf.length);
        }));

        HorizontalLayout bar = new HorizontalLayout(status, count, slips);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(I18n.text("console.orders.title")), bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().ifPresent(u -> grid.getColumnByKey("producer").setVisible(u.role() != Role.PRODUCER));
        refresh();
    }

    void refresh() {
        SignedInUser user = CurrentUser.get().filter(u -> u.hasRole(Role.PRODUCER, Role.OFFICER)).orElse(null);
        OrderStatus filter = status.getValue();
        if (user == null) {
            grid.setItems(query -> Stream.<Order>empty(), query -> 0);
            count.setText(I18n.text("console.orders.count", 0));
            return;
        }
        // The scope (a producer's own orders) is taken from the signed-in user inside the service.
        long total = reads.count(user, filter);
        grid.setItems(query -> reads.page(user, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, reads.count(user, filter)));
        count.setText(I18n.text("console.orders.count", total));
    }

    private void open(Order order) {
        SignedInUser user = CurrentUser.get().orElse(null);
        if (user != null) {
            // Read again: someone may have moved it since the list was loaded.
            new OrderDetails(orders, documents, user, orders.visibleOrder(user, order.id()), this::refresh).open();
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.orders.pageTitle");
    }
}

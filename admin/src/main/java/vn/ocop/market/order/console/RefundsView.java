package vn.ocop.market.order.console;

import vn.ocop.market.order.ui.OrderBadges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import vn.ocop.market.order.Refunds;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.List;

/**
 * Card refunds owed to shoppers, for officers: those still owed first, with how often the payment
 * provider was tried and its last answer, and a button to try again now; then the latest paid back.
 */
@Prototype
@Route(value = "admin/refunds", layout = AdminLayout.class)
@ConsoleRoles(Role.OFFICER)
public class RefundsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Refunds refunds;
    final Grid<Refunds.Refund> grid = new Grid<>();
    final Span count = new Span();

    public RefundsView(Refunds refunds) {
        this.refunds = refunds;
        setSizeFull();
        grid.addColumn(Refunds.Refund::orderNumber).setHeader(I18n.text("console.refunds.order")).setAutoWidth(true);
        grid.addColumn(Refunds.Refund::producerName).setHeader(I18n.text("console.common.producer")).setFlexGrow(2);
        grid.addColumn(r -> Vnd.format(r.amountVnd())).setHeader(I18n.text("console.refunds.amount")).setAutoWidth(true);
        grid.addColumn(RefundsView::state).setHeader(I18n.text("console.common.state")).setAutoWidth(true).setKey("state");
        grid.addColumn(Refunds.Refund::attempts).setHeader(I18n.text("console.refunds.attempts")).setAutoWidth(true)
                .setKey("attempts");
        grid.addColumn(r -> r.lastError() == null ? "" : r.lastError()).setHeader(I18n.text("console.refunds.lastError"))
                .setFlexGrow(3).setKey("error");
        grid.addColumn(r -> r.done() ? OrderBadges.when(r.doneAt()) : OrderBadges.when(r.nextAttemptAt()))
                .setHeader(I18n.text("console.refunds.when")).setAutoWidth(true);
        grid.addComponentColumn(this::retryButton).setAutoWidth(true).setKey("retry");
        grid.setId("refunds-grid");
        count.setId("refunds-count");
        add(new H2(I18n.text("console.refunds.title")),
                new Paragraph(I18n.text("console.refunds.help")), count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void refresh() {
        List<Refunds.Refund> shown = CurrentUser.get().filter(u -> u.hasRole(Role.OFFICER))
                .map(refunds::visibleTo).orElse(List.of());
        grid.setItems(shown);
        long owed = shown.stream().filter(r -> !r.done()).count();
        count.setText(I18n.text("console.refunds.count", owed));
    }

    private Button retryButton(Refunds.Refund refund) {
        Button retry = new Button(I18n.text("console.refunds.retry"));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setId("refund-retry-" + refund.id());
        retry.setVisible(!refund.done());
        retry.addClickListener(e -> {
            SignedInUser user = CurrentUser.get().orElse(null);
            if (user == null) {
                return;
            }
            Refunds.Refund after = refunds.retryNow(user, refund.id());
            if (after.done()) {
                Notification.show(I18n.text("console.refunds.refunded", after.orderNumber()),
                        4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                Notification.show(I18n.text("console.refunds.notYet", after.lastError()), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        return retry;
    }

    static String state(Refunds.Refund r) {
        if (r.done()) {
            return I18n.text("console.refunds.state.done");
        }
        return r.attempts() == 0 ? I18n.text("console.refunds.state.pending") : I18n.text("console.refunds.state.failed");
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.refunds.pageTitle");
    }
}

package vn.ocop.market.traceability.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.NotFoundException;
import vn.ocop.market.traceability.BatchScans;
import vn.ocop.market.traceability.Batches;
import vn.ocop.market.traceability.FlaggedSerial;
import vn.ocop.market.traceability.Scans;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Scans of trace links: counts per batch (a producer its own, officers all), the batches with more
 * distinct units scanned than they hold, the codes flagged as cloned, and withdrawing a batch (its
 * links then answer 410; audited by {@link Batches#withdraw}).
 */
@Prototype
@Route(value = "admin/scans", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class ScansView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Scans scans;
    private final Batches batches;
    private final SignedInUser user;
    final Grid<BatchScans> perBatch = new Grid<>();
    final Grid<FlaggedSerial> flagged = new Grid<>();

    public ScansView(Scans scans, Batches batches) {
        this.scans = scans;
        this.batches = batches;
        this.user = CurrentUser.get().filter(u -> u.role() == Role.OFFICER
                || (u.role() == Role.PRODUCER && u.producerId() != null)).orElse(null);
        setSizeFull();
        add(new H2(I18n.text("console.scans.title")), new Paragraph(I18n.text("console.scans.help")));
        if (user == null) {
            return;
        }
        perBatch.setId("scans-grid");
        perBatch.addColumn(BatchScans::productName).setHeader(I18n.text("console.common.product")).setFlexGrow(2);
        perBatch.addComponentColumn(b -> new Anchor("admin/serials?lo=" + b.batchId(), b.lot()))
                .setHeader(I18n.text("console.serials.lot")).setAutoWidth(true);
        perBatch.addColumn(BatchScans::scans).setHeader(I18n.text("console.scans.count")).setAutoWidth(true);
        perBatch.addColumn(BatchScans::distinctSerials).setHeader(I18n.text("console.scans.units")).setAutoWidth(true);
        perBatch.addColumn(BatchScans::quantity).setHeader(I18n.text("console.serials.quantity")).setAutoWidth(true);
        perBatch.addComponentColumn(this::state).setHeader(I18n.text("console.common.state")).setAutoWidth(true);
        perBatch.addComponentColumn(b -> {
            Button withdraw = new Button(I18n.text("console.scans.withdraw"), e -> confirmWithdraw(b));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            withdraw.setEnabled(!"WITHDRAWN".equals(b.status()));
            withdraw.setId("withdraw-" + b.batchId());
            return withdraw;
        }).setAutoWidth(true);
        perBatch.setItems(q -> scans.perBatch(user, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, scans.countBatches(user)));

        flagged.setId("flagged-grid");
        flagged.addColumn(FlaggedSerial::serial).setHeader(I18n.text("console.serials.serial")).setAutoWidth(true);
        flagged.addColumn(FlaggedSerial::productName).setHeader(I18n.text("console.common.product")).setFlexGrow(2);
        flagged.addColumn(FlaggedSerial::lot).setHeader(I18n.text("console.serials.lot")).setAutoWidth(true);
        flagged.addColumn(FlaggedSerial::scans).setHeader(I18n.text("console.scans.count")).setAutoWidth(true);
        flagged.addColumn(f -> I18n.text("console.scans.reason." + f.flagReason())).setHeader(I18n.text("console.serials.flag"))
                .setAutoWidth(true);
        flagged.addColumn(f -> WHEN.format(f.flaggedAt())).setHeader(I18n.text("console.scans.flaggedAt")).setAutoWidth(true);
        flagged.setItems(scans.flagged(user));
        flagged.setAllRowsVisible(true);
        add(perBatch, new H3(I18n.text("console.scans.flagged")), flagged);
    }

    private Span state(BatchScans b) {
        Span badge = new Span();
        if ("WITHDRAWN".equals(b.status())) {
            badge.setText(I18n.text("console.scans.withdrawn"));
            badge.getElement().getThemeList().add("badge contrast");
        } else if (b.overScanned() || b.flaggedSerials() > 0) {
            badge.setText(b.overScanned() ? I18n.text("console.scans.overScanned")
                    : I18n.text("console.scans.flaggedCount", b.flaggedSerials()));
            badge.getElement().getThemeList().add("badge error");
        }
        return badge;
    }

    private void confirmWithdraw(BatchScans b) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(I18n.text("console.scans.withdrawTitle", b.productName(), b.lot()));
        TextArea reason = new TextArea(I18n.text("console.scans.reason"));
        reason.setId("withdraw-reason");
        reason.setMaxLength(Batches.REASON_LENGTH);
        reason.setWidthFull();
        Span error = new Span();
        error.addClassName("error-text");
        error.setId("withdraw-error");
        Button confirm = new Button(I18n.text("console.scans.withdrawConfirm"), e -> {
            try {
                batches.withdraw(user, b.batchId(), reason.getValue());
                dialog.close();
                perBatch.getDataProvider().refreshAll();
            } catch (InvalidInputException refused) {
                error.setText(I18n.messages(refused));
            } catch (NotFoundException gone) {
                error.setText(I18n.text("console.serials.unknown"));
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(I18n.text("console.scans.withdrawHelp")), reason, error);
        dialog.getFooter().add(new Button(I18n.text("console.scans.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.scans.title");
    }
}

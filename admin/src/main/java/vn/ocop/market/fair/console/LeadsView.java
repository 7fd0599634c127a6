package vn.ocop.market.fair.console;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.fair.Leads;
import vn.ocop.market.payment.ui.QrCodes;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/**
 * The seller centre's fair leads (producers, their own only): visitors who left their contact at the
 * booth and wholesale inquiries, answered here; a visitor's badge scanned (or typed) at the booth
 * records a lead; and each booth's QR code, to print and put up at the booth.
 */
@Prototype
@Route(value = "admin/leads", layout = AdminLayout.class)
@ConsoleRoles(Role.PRODUCER)
public class LeadsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The newest leads shown (a booth collects a few hundred at most). */
    static final int SHOWN = 500;

    final TextField badge = new TextField(I18n.text("console.leads.badge"));
    final Button record = new Button(I18n.text("console.leads.record"));
    final Button camera = new Button(I18n.text("console.checkIn.camera"));
    final Paragraph recorded = new Paragraph();
    final Grid<Leads.Lead> grid = new Grid<>();
    final TextArea answer = new TextArea(I18n.text("console.leads.answer"));
    final Button send = new Button(I18n.text("console.leads.send"));
    final Div booths = new Div();
    private final Leads leads;
    private SignedInUser user;

    public LeadsView(Leads leads) {
        this.leads = leads;
        badge.setId("lead-badge-code");
        badge.setMaxLength(40);
        record.setId("lead-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record(badge.getValue()));
        recorded.setId("lead-recorded");
        Div video = new Div();
        camera.addClickListener(e -> CameraScan.start(getElement(), video.getElement(), "scanned",
                I18n.text("console.checkIn.noCamera")));
        grid.setId("leads");
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> CheckInView.WHEN.format(l.createdAt())).setHeader(I18n.text("console.common.when")).setAutoWidth(true);
        grid.addColumn(l -> l.fairName() + " · " + l.boothNumber()).setHeader(I18n.text("console.leads.booth")).setAutoWidth(true);
        grid.addColumn(l -> I18n.text(l.inquiry() ? "console.leads.inquiry" : "console.leads.lead"))
                .setHeader(I18n.text("console.leads.kind")).setAutoWidth(true);
        grid.addColumn(l -> l.contactName() + " · " + l.contact()).setHeader(I18n.text("console.leads.contact")).setFlexGrow(2);
        grid.addColumn(l -> l.inquiry() ? I18n.text("console.leads.request", l.quantity(), l.message()) : "")
                .setHeader(I18n.text("console.leads.message")).setFlexGrow(3);
        grid.addColumn(l -> l.answer() == null ? "" : l.answer()).setHeader(I18n.text("console.leads.answer")).setFlexGrow(2);
        grid.addSelectionListener(e -> {
            Leads.Lead lead = e.getFirstSelectedItem().orElse(null);
            answer.setEnabled(lead != null && lead.inquiry());
            send.setEnabled(answer.isEnabled());
            answer.setValue(lead == null || lead.answer() == null ? "" : lead.answer());
        });
        answer.setId("lead-answer");
        answer.setMaxLength(Leads.MESSAGE_MAX);
        answer.setWidthFull();
        answer.setEnabled(false);
        send.setId("lead-send");
        send.setEnabled(false);
        send.addClickListener(e -> answer());
        booths.setId("lead-booths");
        add(new H2(I18n.text("console.leads.title")),
                new H3(I18n.text("console.leads.scanTitle")), badge, record, camera, video, recorded,
                grid, answer, send, new H3(I18n.text("console.leads.boothsTitle")), booths);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = CurrentUser.get().filter(u -> u.role() == Role.PRODUCER).orElse(null);
        if (user != null) {
            refresh();
            showBooths();
        }
    }

    /** A code the camera read. */
    @ClientCallable
    void scanned(String value) {
        badge.setValue(value == null ? "" : value);
        record(badge.getValue());
    }

    void record(String code) {
        badge.setInvalid(false);
        try {
            Leads.Recorded r = leads.scannedBadge(user, code);
            recorded.setText(I18n.text(r.first() ? "console.leads.recorded" : "console.leads.already", r.visitorName(),
                    r.booth().number()));
            badge.clear();
            refresh();
        } catch (InvalidInputException e) {
            badge.setErrorMessage(I18n.message(e.errors().get(0)));
            badge.setInvalid(true);
        }
    }

    private void answer() {
        Leads.Lead lead = grid.asSingleSelect().getValue();
        if (lead == null) {
            return;
        }
        answer.setInvalid(false);
        try {
            leads.answer(user, lead.id(), answer.getValue());
            refresh();
        } catch (InvalidInputException e) {
            answer.setErrorMessage(I18n.message(e.errors().get(0)));
            answer.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(leads.mine(user, 0, SHOWN));
    }

    private void showBooths() {
        booths.removeAll();
        for (Leads.Booth b : leads.myBooths(user)) {
            Div qr = new Div();
            qr.getElement().setProperty("innerHTML", QrCodes.svg(leads.leadUrl(b.id())));
            qr.setWidth("180px");
            Div card = new Div(new Paragraph(I18n.text("console.leads.boothCard", b.fairName(), b.number())), qr,
                    new Paragraph(leads.leadUrl(b.id())));
            card.addClassName("booth-qr");
            card.setId("booth-qr-" + b.id());
            booths.add(card);
        }
        if (booths.getComponentCount() == 0) {
            booths.add(new Paragraph(I18n.text("console.leads.noBooths")));
        } else {
            booths.add(new Button(I18n.text("console.leads.print"), e -> UI.getCurrent().getPage().executeJs("window.print()")));
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.leads.pageTitle");
    }
}

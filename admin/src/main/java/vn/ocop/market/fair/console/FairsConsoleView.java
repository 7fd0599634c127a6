package vn.ocop.market.fair.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.fair.FairPlanning;
import vn.ocop.market.fair.FairStatus;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.region.AdminUnits;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.List;

/**
 * Officers' fairs: the list (latest first), a new fair or the selected one in the form, publishing
 * and cancelling, the zones, booth categories and booths of the selected fair, and its floor plan.
 */
@Prototype
@Route(value = "admin/fairs", layout = AdminLayout.class)
public class FairsConsoleView extends VerticalLayout implements HasDynamicTitle {

    final Grid<FairView> grid = new Grid<>();
    final FairForm form;
    final FairSetup setup;
    final Button create = new Button(I18n.text("console.fairs.new"));
    final Button save = new Button(I18n.text("console.fairs.save"));
    final Button publish = new Button(I18n.text("console.fairs.publish"));
    final Button cancel = new Button(I18n.text("console.fairs.cancel"));
    final Anchor plan = new Anchor("", I18n.text("console.fairs.openPlan"));
    final Paragraph message = new Paragraph();
    private final Fairs fairs;
    private final FairPlanning planning;
    private FairView selected;

    public FairsConsoleView(Fairs fairs, FairPlanning planning, AdminUnits units) {
        this.fairs = fairs;
        this.planning = planning;
        this.form = new FairForm(units);
        this.setup = new FairSetup(fairs, planning, message::setText);
        setWidthFull();
        grid.setId("fairs-grid");
        grid.addColumn(FairView::name).setHeader(I18n.text("console.fairs.form.name")).setFlexGrow(2);
        grid.addColumn(f -> I18n.day(f.startsOn()) + " – " + I18n.day(f.endsOn())).setHeader(I18n.text("console.fairs.dates"));
        grid.addColumn(FairView::provinceName).setHeader(I18n.text("console.common.province"));
        grid.addColumn(f -> I18n.text("console.fairs.status." + f.status().name())).setHeader(I18n.text("console.fairs.statusHeader"));
        grid.setItems(q -> fairs.page(q.getOffset(), q.getLimit()).stream(), q -> fairs.count());
        grid.setHeight("14em");
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        create.setId("fairs-new");
        create.addClickListener(e -> grid.asSingleSelect().clear());
        save.setId("fairs-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setId("fairs-publish");
        publish.addClickListener(e -> status(FairStatus.PUBLISHED));
        cancel.setId("fairs-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> status(FairStatus.CANCELLED));
        plan.setId("fairs-plan-link");
        message.setId("fairs-message");
        add(new H2(I18n.text("console.fairs.title")), create, grid, form, new Div(save, publish, cancel, plan), message, setup);
        select(null);
    }

    void select(FairView fair) {
        selected = fair;
        form.fill(fair);
        setup.setFair(fair);
        publish.setVisible(fair != null && fair.status() == FairStatus.DRAFT);
        cancel.setVisible(fair != null && fair.status() != FairStatus.CANCELLED);
        plan.setVisible(fair != null);
        plan.setHref(fair == null ? "" : "/admin/fairs/plan?fair=" + fair.id());
    }

    void save() {
        try {
            FairView saved = selected == null ? planning.create(CurrentUser.get().orElseThrow(), form.draft())
                    : planning.edit(CurrentUser.get().orElseThrow(), selected.id(), selected.version(), form.draft());
            message.setText(I18n.text("console.fairs.saved"));
            grid.getDataProvider().refreshAll();
            grid.select(saved);
            select(saved);
        } catch (InvalidInputException e) {
            form.show(e.errors());
            message.setText(I18n.messages(e));
        }
    }

    void status(FairStatus status) {
        if (selected == null) {
            return;
        }
        try {
            FairView done = status == FairStatus.PUBLISHED ? planning.publish(CurrentUser.get().orElseThrow(), selected.id())
                    : planning.cancel(CurrentUser.get().orElseThrow(), selected.id());
            message.setText(I18n.text("console.fairs.status." + done.status().name()));
            grid.getDataProvider().refreshAll();
            select(done);
        } catch (InvalidInputException e) {
            message.setText(I18n.messages(e));
        }
    }

    List<FairView> shown() {
        return fairs.page(0, 200);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.fairs.title");
    }
}

package vn.ocop.market.fair.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.fair.ApplicationState;
import vn.ocop.market.fair.ApplicationView;
import vn.ocop.market.fair.BoothAssignments;
import vn.ocop.market.fair.BoothView;
import vn.ocop.market.fair.FairApplications;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.fair.FloorPlan;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.List;

/**
 * Officers assign booths on the fair's floor plan: pick an approved application in the list, then
 * click a booth on the plan (or pick it below the plan). The plan is drawn by the server, booths in
 * their zone's colour, free ones light, the selected one outlined; a refused assignment says why.
 * Applications are reviewed here too ({@link ApplicationReview}).
 */
@Prototype
@StyleSheet("styles/fairs.css")
@Route(value = "admin/fairs/plan", layout = AdminLayout.class)
public class FloorPlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The JavaScript giving the clicked booth's id (null off a booth), sent with the plan's click. */
    public static final String CLICKED_BOOTH = "event.target.closest('[data-booth]') ? "
            + "event.target.closest('[data-booth]').getAttribute('data-booth') : null";

    final Select<FairView> fair = new Select<>();
    final Grid<ApplicationView> applications = new Grid<>();
    final Div plan = new Div();
    final Select<BoothView> booth = new Select<>();
    final Checkbox allowExtra = new Checkbox(I18n.text("console.fairs.plan.allowExtra"));
    final Button assign = new Button(I18n.text("console.fairs.plan.assign"));
    final Button release = new Button(I18n.text("console.fairs.plan.release"));
    final Paragraph message = new Paragraph();
    private final Fairs fairs;
    private final FairApplications decisions;
    private final BoothAssignments assignments;
    private final ApplicationReview review;
    private List<BoothView> booths = List.of();

    public FloorPlanView(Fairs fairs, FairApplications decisions, BoothAssignments assignments) {
        this.fairs = fairs;
        this.decisions = decisions;
        this.assignments = assignments;
        this.review = new ApplicationReview(fairs, decisions, this::refresh, this::say);
        setWidthFull();
        fair.setId("fair-plan-fair");
        fair.setLabel(I18n.text("console.fairs.plan.fair"));
        fair.setWidth("min(100%, 32rem)");
        fair.setItemLabelGenerator(f -> f.name() + " (" + I18n.day(f.startsOn()) + ")");
        fair.addValueChangeListener(e -> refresh());
        applications.setId("fair-applications");
        applications.addColumn(ApplicationView::producerName).setHeader(I18n.text("console.fairs.plan.producer")).setFlexGrow(2);
        applications.addColumn(ApplicationView::producerProvince).setHeader(I18n.text("console.common.province"));
        applications.addColumn(a -> I18n.text("console.fairs.state." + a.state().name()))
                .setHeader(I18n.text("console.fairs.plan.state"));
        applications.addColumn(a -> a.boothNumber() == null ? "—" : a.boothNumber())
                .setHeader(I18n.text("console.fairs.plan.booth"));
        applications.setHeight("16em");
        applications.asSingleSelect().addValueChangeListener(e -> review.show(e.getValue()));
        plan.setId("fair-plan");
        plan.addClassName("fair-plan");
        plan.getElement().addEventListener("click", e -> {
            var clicked = e.getEventData().get(CLICKED_BOOTH);
            String id = clicked == null || clicked.isNull() ? null : clicked.asString();
            if (id != null) {
                booths.stream().filter(b -> String.valueOf(b.id()).equals(id)).findFirst().ifPresent(booth::setValue);
            }
        }).addEventData(CLICKED_BOOTH);
        booth.setId("fair-plan-booth");
        booth.setLabel(I18n.text("console.fairs.plan.booth"));
        booth.setItemLabelGenerator(b -> b.assigned() ? I18n.text("console.fairs.plan.boothTaken", b.number(), b.producerName())
                : I18n.text("console.fairs.plan.boothFree", b.number()));
        booth.addValueChangeListener(e -> drawPlan());
        allowExtra.setId("fair-plan-allow-extra");
        assign.setId("fair-plan-assign");
        assign.addClickListener(e -> assign());
        release.setId("fair-plan-release");
        release.addClickListener(e -> release());
        message.setId("fair-plan-message");
        Div side = new Div(new H3(I18n.text("console.fairs.plan.applications")), applications, review);
        Div main = new Div(plan, legend(), booth, allowExtra, new Div(assign, release), message);
        Div columns = new Div(main, side);
        columns.addClassName("fair-plan-console");
        columns.setWidthFull();
        add(new H2(I18n.text("console.fairs.plan.title")), new Paragraph(I18n.text("console.fairs.plan.help")), fair, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<FairView> all = fairs.page(0, 200);
        fair.setItems(all);
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter("fair")
                .flatMap(v -> { try { return java.util.Optional.of(Long.parseLong(v)); } catch (NumberFormatException x) { return java.util.Optional.empty(); } })
                .orElse(null);
        all.stream().filter(f -> wanted != null && f.id() == wanted).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(fair::setValue);
    }

    void refresh() {
        FairView f = fair.getValue();
        if (f == null) {
            booths = List.of();
            applications.setItems(List.of());
            plan.getElement().setProperty("innerHTML", "");
            return;
        }
        SignedInUser officer = CurrentUser.get().orElseThrow();
        Long selectedBooth = booth.getValue() == null ? null : booth.getValue().id();
        Long selectedApplication = applications.asSingleSelect().getValue() == null ? null
                : applications.asSingleSelect().getValue().id();
        booths = fairs.boothsOf(f.id());
        booth.setItems(booths);
        booths.stream().filter(b -> selectedBooth != null && b.id() == selectedBooth).findFirst().ifPresent(booth::setValue);
        List<ApplicationView> apps = decisions.ofFair(officer, f.id(), 0, 500);
        applications.setItems(apps);
        apps.stream().filter(a -> selectedApplication != null && a.id() == selectedApplication).findFirst()
                .ifPresentOrElse(applications::select, () -> review.show(null));
        review.setFair(f);
        drawPlan();
    }

    private void drawPlan() {
        FairView f = fair.getValue();
        if (f == null) {
            return;
        }
        plan.getElement().setProperty("innerHTML", FloorPlan.svg(f, booths, null,
                booth.getValue() == null ? null : booth.getValue().id(),
                b -> b.assigned() ? b.number() + " – " + b.producerName() : b.number()));
    }

    private Div legend() {
        Div legend = new Div();
        legend.setId("fair-plan-legend");
        legend.addClassName("fair-legend");
        fair.addValueChangeListener(e -> {
            legend.removeAll();
            if (e.getValue() != null) {
                fairs.zonesOf(e.getValue().id()).forEach(z -> legend.add(ConsoleTexts.swatch(z.colour(), 0.9, z.name())));
            }
            legend.add(ConsoleTexts.swatch(FloorPlan.NO_ZONE_COLOUR, 0.9, I18n.text("console.fairs.plan.legendAssigned")),
                    ConsoleTexts.swatch(FloorPlan.NO_ZONE_COLOUR, 0.25, I18n.text("console.fairs.plan.legendFree")));
        });
        return legend;
    }

    void assign() {
        ApplicationView a = applications.asSingleSelect().getValue();
        if (a == null || a.state() != ApplicationState.APPROVED) {
            say(I18n.text("console.fairs.plan.chooseApproved"), true);
            return;
        }
        if (booth.getValue() == null) {
            say(I18n.text("console.fairs.plan.chooseBooth"), true);
            return;
        }
        try {
            BoothView done = assignments.assign(CurrentUser.get().orElseThrow(), booth.getValue().id(), a.id(),
                    allowExtra.getValue());
            say(I18n.text("console.fairs.plan.assigned", done.number(), done.producerName()), false);
        } catch (InvalidInputException e) {
            say(I18n.messages(e), true);
        }
        refresh();
    }

    void release() {
        if (booth.getValue() == null || !booth.getValue().assigned()) {
            say(I18n.text("console.fairs.plan.chooseBooth"), true);
            return;
        }
        BoothView done = assignments.release(CurrentUser.get().orElseThrow(), booth.getValue().id());
        say(I18n.text("console.fairs.plan.released", done.number()), false);
        refresh();
    }

    void say(String text, boolean error) {
        message.setText(text);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        message.getElement().setAttribute("data-error", String.valueOf(error));
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.fairs.plan.title");
    }
}

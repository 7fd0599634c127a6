package vn.ocop.market.fair.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.fair.ApplicationView;
import vn.ocop.market.fair.FairApplications;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seller centre's fairs: published fairs still taking applications, an application with the
 * producer's products on sale now (each with its certificate), and the producer's applications
 * with their state, the officer's reason and the booth assigned.
 */
@Prototype
@ConsoleRoles(Role.PRODUCER)
@Route(value = "admin/my-fairs", layout = AdminLayout.class)
public class SellerFairsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<FairView> fair = new Select<>();
    final CheckboxGroup<ListedProduct> products = new CheckboxGroup<>(I18n.text("console.myFairs.products"));
    final TextArea note = new TextArea(I18n.text("console.myFairs.note"));
    final Button apply = new Button(I18n.text("console.myFairs.apply"));
    final Grid<ApplicationView> mine = new Grid<>();
    final Paragraph message = new Paragraph();
    private final Fairs fairs;
    private final FairApplications applications;
    private Map<Long, FairView> fairById = Map.of();

    public SellerFairsView(Fairs fairs, FairApplications applications) {
        this.fairs = fairs;
        this.applications = applications;
        setWidthFull();
        fair.setId("my-fairs-fair");
        fair.setLabel(I18n.text("console.myFairs.fair"));
        fair.setWidth("min(100%, 40rem)");
        fair.setItemLabelGenerator(f -> I18n.text("console.myFairs.fairLabel", f.name(), I18n.day(f.startsOn()),
                f.provinceName(), I18n.day(f.applicationDeadline())));
        products.setId("my-fairs-products");
        products.setItemLabelGenerator(p -> I18n.text("console.myFairs.productLabel", p.name(), p.stars(),
                p.certificateNumber(), I18n.lastValidDay(p.certificateValidUntil())));
        note.setId("my-fairs-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        apply.setId("my-fairs-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        message.setId("my-fairs-message");
        mine.setId("my-fairs-applications");
        mine.addColumn(a -> fairName(a.fairId())).setHeader(I18n.text("console.myFairs.fair")).setFlexGrow(2);
        mine.addColumn(a -> I18n.text("console.fairs.state." + a.state().name())).setHeader(I18n.text("console.fairs.plan.state"));
        mine.addColumn(a -> a.categoryName() == null ? "—" : a.categoryName()).setHeader(I18n.text("console.fairs.review.category"));
        mine.addColumn(a -> a.boothNumber() == null ? "—" : a.boothNumber()).setHeader(I18n.text("console.fairs.plan.booth"));
        mine.addColumn(a -> a.reason() == null ? "" : a.reason()).setHeader(I18n.text("console.fairs.review.reason")).setFlexGrow(2);
        mine.setAllRowsVisible(true);
        add(new H2(I18n.text("console.myFairs.title")), new Paragraph(I18n.text("console.myFairs.help")), fair, products,
                note, apply, message, new H3(I18n.text("console.myFairs.mine")), mine);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        List<FairView> open = fairs.openForApplications();
        fair.setItems(open);
        open.stream().findFirst().ifPresent(fair::setValue);
        List<ListedProduct> eligible = applications.eligibleProducts(user);
        products.setItems(eligible);
        if (eligible.isEmpty()) {
            products.setHelperText(I18n.text("console.myFairs.noProducts"));
        }
        refreshMine(user);
    }

    private void refreshMine(SignedInUser user) {
        List<ApplicationView> list = applications.mine(user);
        fairById = list.stream().map(a -> fairs.byId(a.fairId())).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(FairView::id, Function.identity(), (a, b) -> a));
        mine.setItems(list);
    }

    private String fairName(long fairId) {
        FairView f = fairById.get(fairId);
        return f == null ? "" : f.name();
    }

    void apply() {
        if (fair.getValue() == null) {
            message.setText(I18n.text("console.myFairs.chooseFair"));
            return;
        }
        SignedInUser user = CurrentUser.get().orElseThrow();
        try {
            applications.apply(user, fair.getValue().id(), products.getValue().stream().map(ListedProduct::id).toList(),
                    note.getValue());
            message.setText(I18n.text("console.myFairs.applied", fair.getValue().name()));
            products.setInvalid(false);
            refreshMine(user);
        } catch (InvalidInputException e) {
            products.setErrorMessage(I18n.messages(e));
            products.setInvalid(true);
            message.setText(I18n.messages(e));
        }
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.myFairs.title");
    }
}

package vn.ocop.market.traceability.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.producer.CompanyPrefixes;
import vn.ocop.market.producer.PrefixedProducer;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.traceability.Gs1Prefixes;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

/**
 * The producer's GS1 company prefix (the number GS1 Vietnam licensed it): what it is for (GTINs of
 * products without their own are built from it, an example shown), entered and checked here
 * (digits, 4 to 12, nobody else's). Officers see every producer's prefix, read-only.
 */
@Prototype
@Route(value = "admin/gs1-prefix", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class Gs1PrefixView extends VerticalLayout implements HasDynamicTitle {

    final TextField prefix = new TextField(I18n.text("console.gs1Prefix.field"));
    final Button save = new Button(I18n.text("console.gs1Prefix.save"));
    final Paragraph example = new Paragraph();
    final Grid<PrefixedProducer> all = new Grid<>();
    private final Gs1Prefixes prefixes;
    private final SignedInUser user;

    public Gs1PrefixView(Gs1Prefixes prefixes) {
        this.prefixes = prefixes;
        this.user = CurrentUser.get().orElse(null);
        setMaxWidth("56rem");
        add(new H2(I18n.text("console.gs1Prefix.title")), new Paragraph(I18n.text("console.gs1Prefix.help")));
        if (user == null) {
            return;
        }
        if (user.role() == Role.PRODUCER && user.producerId() != null) {
            ownForm();
        } else if (user.role() == Role.OFFICER) {
            officersList();
        }
    }

    private void ownForm() {
        prefix.setId("gs1-prefix");
        prefix.setAllowedCharPattern("[0-9]");
        prefix.setMaxLength(CompanyPrefixes.MAX_LENGTH);
        prefix.setHelperText(I18n.text("console.gs1Prefix.fieldHelp", CompanyPrefixes.MIN_LENGTH, CompanyPrefixes.MAX_LENGTH));
        prefix.setValue(prefixes.mine(user).orElse(""));
        prefix.addValueChangeListener(e -> showExample());
        example.setId("gs1-example");
        save.setId("gs1-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        showExample();
        add(prefix, example, save);
    }

    private void save() {
        prefix.setInvalid(false);
        try {
            String saved = prefixes.save(user, prefix.getValue()).orElse("");
            prefix.setValue(saved);
            Notification.show(I18n.text(saved.isEmpty() ? "console.gs1Prefix.removed" : "console.gs1Prefix.saved"));
        } catch (InvalidInputException refused) {
            prefix.setErrorMessage(I18n.messages(refused));
            prefix.setInvalid(true);
        }
    }

    private void showExample() {
        String value = prefix.getValue().strip();
        example.setText(value.isEmpty() ? I18n.text("console.gs1Prefix.none")
                : Gs1Prefixes.exampleGtin(value).map(g -> I18n.text("console.gs1Prefix.example", g))
                .orElse(I18n.text("console.gs1Prefix.noExample")));
    }

    private void officersList() {
        all.setId("gs1-prefixes");
        all.addColumn(PrefixedProducer::name).setHeader(I18n.text("console.gs1Prefix.producer")).setFlexGrow(2);
        all.addColumn(PrefixedProducer::province).setHeader(I18n.text("console.gs1Prefix.province")).setAutoWidth(true);
        all.addColumn(PrefixedProducer::prefix).setHeader(I18n.text("console.gs1Prefix.field")).setAutoWidth(true);
        all.setItems(q -> prefixes.page(user, q.getOffset(), q.getLimit()).stream(), q -> prefixes.count(user));
        add(all);
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.gs1Prefix.title");
    }
}

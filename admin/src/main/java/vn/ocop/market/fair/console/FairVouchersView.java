package vn.ocop.market.fair.console;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.fair.FairVouchers;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.Map;

/**
 * A fair's vouchers (officers): each one's terms, budget and what it has taken, and a form for a new
 * one, a code shoppers type or (no code) a discount applied automatically during the fair.
 */
@Prototype
@Route(value = "admin/fairs/vouchers", layout = AdminLayout.class)
public class FairVouchersView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<FairVouchers.FairChoice> fair = new ComboBox<>(I18n.text("console.vouchers.fair"));
    final Grid<FairVouchers.VoucherView> grid = new Grid<>();
    final TextField code = new TextField(I18n.text("console.vouchers.code"));
    final TextField name = new TextField(I18n.text("console.vouchers.name"));
    final IntegerField percentOff = new IntegerField(I18n.text("console.vouchers.percentOff"));
    final TextField amountOff = new TextField(I18n.text("console.vouchers.amountOff"));
    final TextField maxOff = new TextField(I18n.text("console.vouchers.maxOff"));
    final TextField budget = new TextField(I18n.text("console.vouchers.budget"));
    final IntegerField perBuyer = new IntegerField(I18n.text("console.vouchers.perBuyer"));
    final Button create = new Button(I18n.text("console.vouchers.create"));
    final Paragraph message = new Paragraph();
    private final FairVouchers vouchers;
    private final Map<String, HasValidation> fields;

    public FairVouchersView(FairVouchers vouchers) {
        this.vouchers = vouchers;
        fair.setId("voucher-fair");
        fair.setItems(vouchers.fairs());
        fair.setItemLabelGenerator(f -> f.name() + " (" + f.days() + ")");
        fair.setWidth("32rem");
        fair.addValueChangeListener(e -> refresh());
        grid.setId("vouchers");
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> v.automatic() ? I18n.text("console.vouchers.automatic") : v.code())
                .setHeader(I18n.text("console.vouchers.code")).setAutoWidth(true);
        grid.addColumn(FairVouchers.VoucherView::name).setHeader(I18n.text("console.vouchers.name")).setFlexGrow(2);
        grid.addColumn(FairVouchersView::terms).setHeader(I18n.text("console.vouchers.terms")).setAutoWidth(true);
        grid.addColumn(v -> Vnd.format(v.spentVnd()) + " / " + Vnd.format(v.budgetVnd()))
                .setHeader(I18n.text("console.vouchers.spent")).setAutoWidth(true);
        grid.addColumn(FairVouchers.VoucherView::perBuyerLimit).setHeader(I18n.text("console.vouchers.perBuyer")).setAutoWidth(true);
        grid.addColumn(FairVouchers.VoucherView::orders).setHeader(I18n.text("console.vouchers.orders")).setAutoWidth(true);
        code.setId("voucher-code");
        code.setMaxLength(32);
        code.setHelperText(I18n.text("console.vouchers.codeHelp"));
        name.setId("voucher-name");
        name.setMaxLength(120);
        percentOff.setId("voucher-percent");
        amountOff.setId("voucher-amount");
        maxOff.setId("voucher-max");
        budget.setId("voucher-budget");
        perBuyer.setId("voucher-per-buyer");
        perBuyer.setValue(1);
        create.setId("voucher-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        message.setId("voucher-message");
        fields = Map.of("code", code, "name", name, "percentOff", percentOff, "amountOffVnd", amountOff,
                "maxOffVnd", maxOff, "budgetVnd", budget, "perBuyerLimit", perBuyer);
        FormLayout form = new FormLayout(code, name, percentOff, amountOff, maxOff, budget, perBuyer);
        form.setMaxWidth("48rem");
        add(new H2(I18n.text("console.vouchers.title")), fair, grid, new H3(I18n.text("console.vouchers.new")), form,
                create, message);
    }

    private static String terms(FairVouchers.VoucherView v) {
        String off = v.percentOff() != null ? v.percentOff() + " %" : Vnd.format(v.amountOffVnd());
        return v.maxOffVnd() == null ? off : I18n.text("console.vouchers.capped", off, Vnd.format(v.maxOffVnd()));
    }

    private void refresh() {
        grid.setItems(fair.getValue() == null ? java.util.List.of() : vouchers.ofFair(fair.getValue().id()));
    }

    private void create() {
        fields.values().forEach(f -> f.setInvalid(false));
        message.setText("");
        if (fair.getValue() == null) {
            fair.setErrorMessage(I18n.text("console.vouchers.chooseFair"));
            fair.setInvalid(true);
            return;
        }
        fair.setInvalid(false);
        try {
            vouchers.create(CurrentUser.get().orElseThrow(), new FairVouchers.NewVoucher(fair.getValue().id(),
                    code.getValue(), name.getValue(), percentOff.getValue(), amount(amountOff, "amountOffVnd"),
                    amount(maxOff, "maxOffVnd"), orZero(amount(budget, "budgetVnd")),
                    perBuyer.getValue() == null ? 0 : perBuyer.getValue()));
            message.setText(I18n.text("console.vouchers.created"));
            code.clear();
            name.clear();
            refresh();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                HasValidation field = fields.getOrDefault(error.field(), name);
                field.setErrorMessage(I18n.message(error));
                field.setInvalid(true);
            }
        }
    }

    /** An amount typed with or without thousands separators; blank is none. */
    private static Long amount(TextField field, String name) {
        String digits = field.getValue().replaceAll("[.,\\s₫đ]", "");
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "console.vouchers.notAmount");
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.vouchers.pageTitle");
    }
}

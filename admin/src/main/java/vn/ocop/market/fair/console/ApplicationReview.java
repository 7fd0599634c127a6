package vn.ocop.market.fair.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import vn.ocop.market.fair.ApplicationState;
import vn.ocop.market.fair.ApplicationView;
import vn.ocop.market.fair.BoothCategory;
import vn.ocop.market.fair.FairApplications;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.function.BiConsumer;

/** The selected application: its products and note; approve with a booth category or reject with a reason. */
class ApplicationReview extends Div {

    final Select<BoothCategory> category = new Select<>();
    final TextArea reason = new TextArea(I18n.text("console.fairs.review.reason"));
    final Button approve = new Button(I18n.text("console.fairs.review.approve"));
    final Button reject = new Button(I18n.text("console.fairs.review.reject"));
    private final Fairs fairs;
    private final FairApplications decisions;
    private final Runnable changed;
    private final BiConsumer<String, Boolean> say;
    private ApplicationView shown;

    ApplicationReview(Fairs fairs, FairApplications decisions, Runnable changed, BiConsumer<String, Boolean> say) {
        this.fairs = fairs;
        this.decisions = decisions;
        this.changed = changed;
        this.say = say;
        setId("fair-application-review");
        category.setId("fair-review-category");
        category.setLabel(I18n.text("console.fairs.review.category"));
        category.setItemLabelGenerator(c -> c.name() + " · " + c.widthM() + "×" + c.depthM() + " m · "
                + (c.free() ? I18n.text("console.fairs.free") : Vnd.format(c.feeVnd())));
        reason.setId("fair-review-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        approve.setId("fair-review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(true));
        reject.setId("fair-review-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(false));
        show(null);
    }

    void setFair(FairView fair) {
        category.setItems(fairs.categoriesOf(fair.id()));
    }

    void show(ApplicationView a) {
        shown = a;
        removeAll();
        reason.clear();
        reason.setInvalid(false);
        category.setInvalid(false);
        if (a == null) {
            add(new Paragraph(I18n.text("console.fairs.review.choose")));
            return;
        }
        add(new Paragraph(a.producerName() + " · " + a.producerProvince() + " · "
                + I18n.text("console.fairs.state." + a.state().name())));
        add(new Paragraph(I18n.text("console.fairs.review.products", a.productIds().size())));
        if (a.note() != null) {
            add(new Paragraph(a.note()));
        }
        if (a.reason() != null) {
            add(new Paragraph(I18n.text("console.fairs.review.reasonWas", a.reason())));
        }
        if (a.state() == ApplicationState.SUBMITTED) {
            add(category, reason, new Div(approve, reject));
        } else if (a.state() == ApplicationState.APPROVED) {
            add(new Paragraph(I18n.text("console.fairs.review.nowAssign", a.categoryName())));
        }
    }

    private void decide(boolean approved) {
        if (shown == null) {
            return;
        }
        try {
            if (approved) {
                decisions.approve(CurrentUser.get().orElseThrow(), shown.id(),
                        category.getValue() == null ? null : category.getValue().id());
            } else {
                decisions.reject(CurrentUser.get().orElseThrow(), shown.id(), reason.getValue());
            }
            say.accept(I18n.text(approved ? "console.fairs.review.approved" : "console.fairs.review.rejected",
                    shown.producerName()), false);
            changed.run();
        } catch (InvalidInputException e) {
            if (approved) {
                category.setErrorMessage(I18n.messages(e));
                category.setInvalid(true);
            } else {
                reason.setErrorMessage(I18n.messages(e));
                reason.setInvalid(true);
            }
        }
    }
}

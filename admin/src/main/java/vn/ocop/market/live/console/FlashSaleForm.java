package vn.ocop.market.live.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.ocop.market.live.FlashSale;
import vn.ocop.market.live.FlashSales;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The studio's flash sale: a featured item, its flash price and units, the countdown and the window;
 * field errors beside the fields; the running sale's countdown or what is left of it.
 */
class FlashSaleForm extends HorizontalLayout {

    final Select<LiveState.Item> item = new Select<>();
    final IntegerField price = new IntegerField(I18n.text("console.studio.flash.price"));
    final IntegerField cap = new IntegerField(I18n.text("console.studio.flash.cap"));
    final IntegerField countdown = new IntegerField(I18n.text("console.studio.flash.countdown"));
    final IntegerField window = new IntegerField(I18n.text("console.studio.flash.window"));
    final Button start = new Button(I18n.text("console.studio.flash.start"));
    final Paragraph status = new Paragraph();
    final Paragraph error = new Paragraph();

    FlashSaleForm(Consumer<FlashSaleForm> onStart) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        item.setId("studio-flash-item");
        item.setLabel(I18n.text("console.studio.flash.item"));
        item.setItemLabelGenerator(StudioShelf::title);
        price.setId("studio-flash-price");
        cap.setId("studio-flash-cap");
        countdown.setId("studio-flash-countdown");
        countdown.setValue(30);
        countdown.setHelperText(I18n.text("console.studio.flash.seconds", FlashSales.MIN_COUNTDOWN, FlashSales.MAX_COUNTDOWN));
        window.setId("studio-flash-window");
        window.setValue(120);
        window.setHelperText(I18n.text("console.studio.flash.seconds", FlashSales.MIN_WINDOW, FlashSales.MAX_WINDOW));
        start.setId("studio-flash-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> onStart.accept(this));
        status.setId("studio-flash-status");
        error.setId("studio-flash-error");
        error.addClassName("error-text");
        add(item, price, cap, countdown, window, start);
    }

    void offer(List<LiveState.Item> items) {
        LiveState.Item chosen = item.getValue();
        item.setItems(items);
        if (chosen != null) {
            items.stream().filter(i -> i.itemId() == chosen.itemId()).findFirst().ifPresent(item::setValue);
        }
    }

    /** Shows the running sale (counting down, or open with what is left), or nothing. */
    void show(FlashSale sale, Instant now) {
        if (sale == null) {
            status.setText("");
        } else if (sale.countingDown(now)) {
            status.setText(I18n.text("console.studio.flash.countingDown", sale.productName(),
                    Vnd.format(sale.priceVnd()), Duration.between(now, sale.startsAt()).toSeconds()));
        } else {
            status.setText(I18n.text("console.studio.flash.open", sale.productName(), Vnd.format(sale.priceVnd()),
                    sale.left(), sale.cap(), Math.max(0, Duration.between(now, sale.endsAt()).toSeconds())));
        }
    }

    /** Puts each field error beside its field (the others in the line below the form). */
    void refuse(InvalidInputException refused) {
        clearErrors();
        Map<String, IntegerField> fields = Map.of("price", price, "cap", cap, "countdown", countdown, "window", window);
        StringBuilder rest = new StringBuilder();
        for (FieldError e : refused.errors()) {
            IntegerField field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(I18n.message(e));
                field.setInvalid(true);
            } else {
                rest.append(I18n.message(e)).append(' ');
            }
        }
        error.setText(rest.toString().trim());
    }

    void clearErrors() {
        for (IntegerField f : List.of(price, cap, countdown, window)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
        error.setText("");
    }

    static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}

package vn.ocop.market.live.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.ocop.market.live.LiveDraft;
import vn.ocop.market.live.LiveItem;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.Variant;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The featured items of the event form: a picker of the producer's products (and variants) on sale
 * now, and one row per chosen item with its live price, live stock cap and per-buyer limit.
 */
class LiveItemRows extends VerticalLayout {

    /** A product or one of its variants, as the picker offers it. */
    record Pick(long productId, Long variantId, String label, long priceVnd, int stock) {
    }

    /** One chosen item and its fields. */
    static final class Row extends HorizontalLayout {
        final Pick pick;
        final IntegerField livePrice = new IntegerField(I18n.text("console.live.item.livePrice"));
        final IntegerField cap = new IntegerField(I18n.text("console.live.item.cap"));
        final IntegerField limit = new IntegerField(I18n.text("console.live.item.limit"));
        final Button remove = new Button(I18n.text("console.live.item.remove"));

        Row(Pick pick) {
            this.pick = pick;
            Span label = new Span(I18n.text("console.live.item.label", pick.label(), Vnd.format(pick.priceVnd()),
                    pick.stock()));
            label.setMinWidth("14em");
            livePrice.setMin(1);
            cap.setMin(0);
            limit.setMin(1);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(label, livePrice, cap, limit, remove);
        }

        LiveDraft.Item item() {
            return new LiveDraft.Item(pick.productId(), pick.variantId(),
                    livePrice.getValue() == null ? null : livePrice.getValue().longValue(), cap.getValue(),
                    limit.getValue());
        }
    }

    final ComboBox<Pick> picker = new ComboBox<>(I18n.text("console.live.item.pick"));
    final Button add = new Button(I18n.text("console.live.item.add"));
    final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private List<Pick> picks = List.of();

    LiveItemRows() {
        setPadding(false);
        picker.setId("live-item-picker");
        picker.setItemLabelGenerator(p -> I18n.text("console.live.item.label", p.label(), Vnd.format(p.priceVnd()),
                p.stock()));
        picker.setWidth("28em");
        add.setId("live-item-add");
        add.addClickListener(e -> {
            if (picker.getValue() != null) {
                addRow(picker.getValue());
                picker.clear();
            }
        });
        list.setPadding(false);
        list.setId("live-items");
        add(new HorizontalLayout(picker, add), list);
    }

    /** The producer's products on sale now and their active variants, each a choice. */
    void offer(List<Catalog.Showcase> onSale) {
        List<Pick> all = new ArrayList<>();
        for (Catalog.Showcase s : onSale) {
            all.add(new Pick(s.product().id(), null, s.product().name(), s.product().priceVnd(), s.product().stock()));
            for (Variant v : s.variants()) {
                all.add(new Pick(s.product().id(), v.id(), s.product().name() + " – " + v.label(), v.priceVnd(),
                        v.stock()));
            }
        }
        picks = all;
        picker.setItems(all);
    }

    Row addRow(Pick pick) {
        Row row = new Row(pick);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            list.remove(row);
        });
        rows.add(row);
        list.add(row);
        return row;
    }

    /** Shows an event's items (those no longer on sale are shown by id, to be removed or kept). */
    void fill(List<LiveItem> items) {
        rows.clear();
        list.removeAll();
        for (LiveItem i : items) {
            Pick pick = picks.stream().filter(p -> p.productId() == i.productId()
                            && java.util.Objects.equals(p.variantId(), i.variantId())).findFirst()
                    .orElse(new Pick(i.productId(), i.variantId(), "#" + i.productId(), 0, 0));
            Row row = addRow(pick);
            row.livePrice.setValue(i.livePriceVnd() == null ? null : i.livePriceVnd().intValue());
            row.cap.setValue(i.liveStockCap());
            row.limit.setValue(i.perBuyerLimit());
        }
    }

    List<LiveDraft.Item> items() {
        return rows.stream().map(Row::item).toList();
    }

    /** Marks the fields of item errors ({@code items[i].field}); returns whether any was an item's. */
    boolean show(List<FieldError> errors) {
        rows.forEach(r -> {
            r.livePrice.setInvalid(false);
            r.cap.setInvalid(false);
            r.limit.setInvalid(false);
        });
        picker.setInvalid(false);
        boolean any = false;
        for (FieldError e : errors) {
            if (e.field().equals("items")) {
                picker.setErrorMessage(I18n.message(e));
                picker.setInvalid(true);
                any = true;
            }
            if (!e.field().startsWith("items[")) {
                continue;
            }
            int index = Integer.parseInt(e.field().substring(6, e.field().indexOf(']')));
            if (index >= rows.size()) {
                continue;
            }
            Row row = rows.get(index);
            IntegerField field = e.field().endsWith("livePriceVnd") ? row.livePrice
                    : e.field().endsWith("liveStockCap") ? row.cap : e.field().endsWith("perBuyerLimit") ? row.limit : null;
            if (field != null) {
                field.setErrorMessage(I18n.message(e));
                field.setInvalid(true);
            }
            any = true;
        }
        return any;
    }
}

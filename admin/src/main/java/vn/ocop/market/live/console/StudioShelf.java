package vn.ocop.market.live.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.function.Consumer;

/**
 * The studio's shelf: every featured item with its normal and live price, the live units left, the
 * stock, whether it may be sold now (its certificate), which one is pinned, and (for the owner) a pin button.
 */
class StudioShelf extends Div {

    final Grid<LiveState.Item> grid = new Grid<>();

    private Long pinnedId;

    StudioShelf(boolean owner, Consumer<LiveState.Item> onPin) {
        setWidthFull();
        grid.setId("studio-shelf");
        grid.setAllRowsVisible(true);
        add(grid);
        grid.addColumn(StudioShelf::title).setHeader(I18n.text("console.studio.shelf.product")).setFlexGrow(3);
        grid.addColumn(i -> Vnd.format(i.normalPriceVnd())).setHeader(I18n.text("console.studio.shelf.normal")).setAutoWidth(true);
        grid.addColumn(i -> i.livePriceVnd() == null ? "" : Vnd.format(i.livePriceVnd()))
                .setHeader(I18n.text("console.studio.shelf.live")).setAutoWidth(true);
        grid.addColumn(i -> i.liveStockLeft() == null ? "" : String.valueOf(i.liveStockLeft()))
                .setHeader(I18n.text("console.studio.shelf.liveLeft")).setAutoWidth(true);
        grid.addColumn(LiveState.Item::stock).setHeader(I18n.text("console.studio.shelf.stock")).setAutoWidth(true);
        grid.addColumn(i -> I18n.text(i.listableNow() ? "console.studio.shelf.onSale" : "console.studio.shelf.notListable"))
                .setHeader(I18n.text("console.studio.shelf.state")).setAutoWidth(true);
        grid.addComponentColumn(i -> {
            if (pinnedId != null && pinnedId == i.itemId()) {
                Span pinned = new Span(I18n.text("console.studio.shelf.pinned"));
                pinned.addClassName("studio-pinned");
                return pinned;
            }
            if (!owner) {
                return new Span();
            }
            Button pin = new Button(I18n.text("console.studio.pin"), e -> onPin.accept(i));
            pin.setId("studio-pin-" + i.itemId());
            pin.addThemeVariants(ButtonVariant.LUMO_SMALL);
            pin.setEnabled(i.listableNow());
            return pin;
        }).setKey("pin").setHeader(I18n.text("console.studio.shelf.pin")).setAutoWidth(true);
    }

    void show(LiveState state) {
        pinnedId = state.pinned() == null ? null : state.pinned().itemId();
        grid.setItems(state.items());
    }

    static String title(LiveState.Item item) {
        return item.variantLabel() == null ? item.name() : item.name() + " · " + item.variantLabel();
    }
}

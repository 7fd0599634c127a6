package vn.ocop.market.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import vn.ocop.market.live.LiveState;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.I18n;

import java.util.function.Consumer;

/**
 * The pinned product card (above the chat) and the shelf of every featured item a shopper may see now:
 * the live price beside the struck normal price while it applies, the live stock left, and "Mua".
 * Items whose certificate is no longer valid are not shown at all.
 */
final class LiveProducts {

    private LiveProducts() {
    }

    /** Fills the pinned card: empty (hidden) when nothing listable is pinned. */
    static void pinned(Div card, LiveState state, Consumer<LiveState.Item> buy) {
        card.removeAll();
        LiveState.Item item = state.pinnedListable();
        card.setVisible(item != null && state.status() != vn.ocop.market.live.LiveStatus.CANCELLED);
        if (item == null) {
            card.getElement().removeAttribute("data-item");
            return;
        }
        card.getElement().setAttribute("data-item", Long.toString(item.itemId()));
        Span label = new Span(I18n.text("live.pinned.label"));
        label.addClassName("live-pinned-label");
        card.add(label, item(item, state, buy, "live-buy"));
    }

    /** Fills the shelf with the listable items in their order. */
    static void shelf(Div shelf, LiveState state, Consumer<LiveState.Item> buy) {
        shelf.removeAll();
        shelf.add(new H2(I18n.text("live.shelf.title")));
        if (state.listableItems().isEmpty()) {
            shelf.add(new Span(I18n.text("live.shelf.empty")));
            return;
        }
        for (LiveState.Item item : state.listableItems()) {
            Div row = item(item, state, buy, null);
            row.addClassName("live-shelf-item");
            row.getElement().setAttribute("data-item", Long.toString(item.itemId()));
            shelf.add(row);
        }
    }

    private static Div item(LiveState.Item item, LiveState state, Consumer<LiveState.Item> buy, String buttonId) {
        Div box = new Div();
        box.addClassName("live-item");
        String name = I18n.stored(item.name(), item.nameEn())
                + (item.variantLabel() == null ? "" : " – " + item.variantLabel());
        Anchor link = new Anchor(ProductPaths.page(item.productSlug()), name);
        link.addClassName("live-item-name");
        link.setTarget("_blank");
        Div prices = new Div();
        prices.addClassName("live-item-prices");
        Span now = new Span(Vnd.format(item.priceNowVnd()));
        now.addClassName("live-price");
        prices.add(now);
        if (item.livePriceVnd() != null) {
            Span normal = new Span(Vnd.format(item.normalPriceVnd()));
            normal.addClassName("live-normal-price");
            prices.add(normal);
        }
        box.add(link, prices);
        if (item.livePriceVnd() != null && item.liveStockLeft() != null) {
            Span left = new Span(I18n.text("live.item.left", item.liveStockLeft()));
            left.addClassName("live-left");
            box.add(left);
        }
        boolean soldOut = item.stock() <= 0 || (item.livePriceVnd() != null && item.liveStockLeft() != null
                && item.liveStockLeft() <= 0);
        Button mua = new Button(I18n.text(soldOut ? "live.item.soldOut" : "live.item.buy"), e -> buy.accept(item));
        mua.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mua.addClassName("live-buy-button");
        mua.setEnabled(!soldOut && state.status() != vn.ocop.market.live.LiveStatus.CANCELLED);
        if (buttonId != null) {
            mua.setId(buttonId);
        }
        box.add(mua);
        return box;
    }
}

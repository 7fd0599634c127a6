package vn.ocop.market.product.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.search.CatalogSearch;
import vn.ocop.market.search.Suggestions;
import vn.ocop.market.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The search field with suggestions: from the second character typed it offers matching products
 * (opening one goes to its page) and producers (choosing one searches for their products). Enter
 * on free text searches for it.
 */
public class SearchBox extends Composite<ComboBox<SearchBox.Suggestion>> {

    static final int MIN_CHARS = 2;
    private static final int LIMIT = 8;

    /** One line of the dropdown. */
    public record Suggestion(boolean product, String text, String slug, String detail) {
    }

    private final ComboBox<Suggestion> box = new ComboBox<>();

    public SearchBox(CatalogSearch search, String current, Consumer<String> onSearch) {
        box.setId("search-box");
        box.addClassName("search-page-box");
        box.setPlaceholder(I18n.text("product.searchBox.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setAllowCustomValue(true);
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setItemLabelGenerator(s -> s.detail().isEmpty() ? s.text() : s.text() + " — " + s.detail());
        box.setItems(query -> {
            // Vaadin refuses a lazy fetch that never reads the page it asked for ("Internal error"
            // on the first click, when nothing is typed yet), so offset and limit are read first.
            int offset = query.getOffset();
            int limit = query.getLimit();
            String typed = query.getFilter().orElse("").strip();
            if (typed.length() < MIN_CHARS || offset >= LIMIT) {
                return Stream.empty();
            }
            return page(suggestions(search.suggest(typed, LIMIT)), offset, limit);
        });
        box.addCustomValueSetListener(e -> onSearch.accept(e.getDetail()));
        box.addValueChangeListener(e -> {
            Suggestion chosen = e.getValue();
            if (chosen == null || !e.isFromClient()) {
                return;
            }
            if (chosen.product()) {
                box.getUI().ifPresent(ui -> ui.getPage().setLocation(ProductPaths.page(chosen.slug())));
            } else {
                onSearch.accept(chosen.text());
            }
        });
        if (current != null && !current.isBlank()) {
            // Shows what was searched; not from the client, so the listener above ignores it.
            box.setValue(new Suggestion(false, current, null, ""));
        }
    }

    @Override
    protected ComboBox<Suggestion> initContent() {
        return box;
    }

    /** The part of the suggestions the dropdown asked for. */
    static Stream<Suggestion> page(List<Suggestion> all, int offset, int limit) {
        return all.stream().skip(offset).limit(limit);
    }

    static List<Suggestion> suggestions(Suggestions s) {
        List<Suggestion> out = new ArrayList<>();
        s.products().forEach(p -> out.add(new Suggestion(true, p.name(), p.slug(), p.producer() + " · " + "★".repeat(p.stars()))));
        s.producers().forEach(p -> out.add(new Suggestion(false, p.name(), null,
                I18n.text("product.searchBox.producer", p.products()))));
        return out;
    }
}

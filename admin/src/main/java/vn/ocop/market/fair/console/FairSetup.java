package vn.ocop.market.fair.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.ocop.market.fair.BoothCategory;
import vn.ocop.market.fair.BoothDraft;
import vn.ocop.market.fair.FairPlanning;
import vn.ocop.market.fair.FairView;
import vn.ocop.market.fair.Fairs;
import vn.ocop.market.fair.ZoneView;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A fair's zones, booth categories and a row of booths placed at once on the plan grid. */
class FairSetup extends Div {

    final TextField zoneName = new TextField(I18n.text("console.fairs.setup.zoneName"));
    final TextField zoneColour = new TextField(I18n.text("console.fairs.setup.zoneColour"), "#2e7d32", "");
    final Button addZone = new Button(I18n.text("console.fairs.setup.addZone"));
    final TextField categoryName = new TextField(I18n.text("console.fairs.setup.categoryName"));
    final BigDecimalField width = new BigDecimalField(I18n.text("console.fairs.setup.width"));
    final BigDecimalField depth = new BigDecimalField(I18n.text("console.fairs.setup.depth"));
    final IntegerField fee = new IntegerField(I18n.text("console.fairs.setup.fee"));
    final Button addCategory = new Button(I18n.text("console.fairs.setup.addCategory"));
    final TextField prefix = new TextField(I18n.text("console.fairs.setup.prefix"), "A", "");
    final Select<ZoneView> zone = new Select<>();
    final Select<BoothCategory> category = new Select<>();
    final IntegerField x = new IntegerField("x");
    final IntegerField y = new IntegerField("y");
    final IntegerField count = new IntegerField(I18n.text("console.fairs.setup.count"));
    final IntegerField boothWidth = new IntegerField(I18n.text("console.fairs.setup.cellsWide"));
    final IntegerField boothHeight = new IntegerField(I18n.text("console.fairs.setup.cellsHigh"));
    final Button addBooths = new Button(I18n.text("console.fairs.setup.addBooths"));
    final Paragraph summary = new Paragraph();
    private final Fairs fairs;
    private final FairPlanning planning;
    private final Consumer<String> say;
    private FairView fair;

    FairSetup(Fairs fairs, FairPlanning planning, Consumer<String> say) {
        this.fairs = fairs;
        this.planning = planning;
        this.say = say;
        setId("fair-setup");
        zoneName.setId("fair-zone-name");
        zoneColour.setId("fair-zone-colour");
        addZone.setId("fair-zone-add");
        addZone.addClickListener(e -> run(() -> planning.addZone(user(), fair.id(), zoneName.getValue(), null,
                zoneColour.getValue())));
        categoryName.setId("fair-category-name");
        width.setValue(new BigDecimal("3"));
        depth.setValue(new BigDecimal("3"));
        fee.setValue(0);
        addCategory.setId("fair-category-add");
        addCategory.addClickListener(e -> run(() -> planning.addCategory(user(), fair.id(), categoryName.getValue(), null,
                width.getValue(), depth.getValue(), fee.getValue() == null ? -1 : fee.getValue())));
        zone.setLabel(I18n.text("console.fairs.setup.zone"));
        zone.setId("fair-booths-zone");
        zone.setItemLabelGenerator(ZoneView::name);
        category.setLabel(I18n.text("console.fairs.setup.category"));
        category.setId("fair-booths-category");
        category.setItemLabelGenerator(c -> c.name() + " (" + (c.free() ? I18n.text("console.fairs.free") : Vnd.format(c.feeVnd())) + ")");
        prefix.setId("fair-booths-prefix");
        x.setValue(0);
        y.setValue(0);
        count.setValue(5);
        boothWidth.setValue(2);
        boothHeight.setValue(2);
        addBooths.setId("fair-booths-add");
        addBooths.addClickListener(e -> run(this::placeRow));
        summary.setId("fair-setup-summary");
        add(new H3(I18n.text("console.fairs.setup.title")), summary, new Div(zoneName, zoneColour, addZone),
                new Div(categoryName, width, depth, fee, addCategory),
                new Div(prefix, zone, category, x, y, count, boothWidth, boothHeight, addBooths));
    }

    void setFair(FairView fair) {
        this.fair = fair;
        setVisible(fair != null);
        if (fair == null) {
            return;
        }
        List<ZoneView> zones = fairs.zonesOf(fair.id());
        List<BoothCategory> categories = fairs.categoriesOf(fair.id());
        zone.setItems(zones);
        category.setItems(categories);
        summary.setText(I18n.text("console.fairs.setup.summary", zones.size(), categories.size(),
                fairs.boothsOf(fair.id()).size()));
    }

    /** A row of booths left to right from (x, y), numbered on from the prefix's highest number. */
    private void placeRow() {
        int existing = (int) fairs.boothsOf(fair.id()).stream()
                .filter(b -> b.number().startsWith(prefix.getValue().strip().toUpperCase(java.util.Locale.ROOT))).count();
        List<BoothDraft> row = new ArrayList<>();
        int n = count.getValue() == null ? 0 : Math.min(count.getValue(), 60);
        int w = boothWidth.getValue() == null ? 1 : boothWidth.getValue();
        for (int i = 0; i < n; i++) {
            row.add(new BoothDraft(String.format("%s%02d", prefix.getValue().strip(), existing + i + 1),
                    zone.getValue() == null ? null : zone.getValue().id(),
                    category.getValue() == null ? null : category.getValue().id(),
                    (x.getValue() == null ? 0 : x.getValue()) + i * w, y.getValue() == null ? 0 : y.getValue(), w,
                    boothHeight.getValue() == null ? 1 : boothHeight.getValue()));
        }
        planning.addBooths(user(), fair.id(), row);
    }

    private void run(Runnable action) {
        try {
            action.run();
            say.accept(I18n.text("console.fairs.saved"));
            setFair(fair);
        } catch (InvalidInputException e) {
            say.accept(I18n.messages(e));
        }
    }

    private static vn.ocop.market.account.SignedInUser user() {
        return CurrentUser.get().orElseThrow();
    }
}

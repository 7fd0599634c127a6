package vn.ocop.market.product.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.product.Moderation;
import vn.ocop.market.product.OpenReevaluation;
import vn.ocop.market.product.PendingChange;
import vn.ocop.market.product.ProductChange;
import vn.ocop.market.product.Reevaluations;
import vn.ocop.market.shared.ClockFactory;
import vn.ocop.market.shared.InvalidInputException;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The officers' moderation queue, oldest first: each change beside the values it would replace and
 * the product's photos, approved or rejected with a reason the producer reads. Below it, the open
 * requests for a certificate's re-evaluation.
 */
@Prototype
@Route(value = "admin/moderation", layout = AdminLayout.class)
@ConsoleRoles(Role.OFFICER)
public class ModerationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "/admin/moderation";

    private final Moderation moderation;
    private final Reevaluations reevaluations;
    private final ProductImages images;
    final Grid<PendingChange> queue = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final TextArea reason = new TextArea();
    final Button approve = new Button();
    final Button reject = new Button();
    final Span error = new Span();
    final Grid<OpenReevaluation> requests = new Grid<>();
    private SignedInUser officer;

    public ModerationView(Moderation moderation, Reevaluations reevaluations, ProductImages images) {
        this.moderation = moderation;
        this.reevaluations = reevaluations;
        this.images = images;
        setWidthFull();
        queue.addColumn(c -> when(c.requestedAt())).setHeader(I18n.text("console.moderation.requestedAt")).setAutoWidth(true);
        queue.addColumn(PendingChange::producerName).setHeader(I18n.text("console.common.producer")).setFlexGrow(2);
        queue.addColumn(PendingChange::currentName).setHeader(I18n.text("console.common.product")).setFlexGrow(2);
        queue.addColumn(c -> ChangeTexts.kind(c.kind())).setHeader(I18n.text("console.listings.change")).setAutoWidth(true);
        queue.setId("moderation-grid");
        queue.setAllRowsVisible(true);
        queue.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        reason.setLabel(I18n.text("console.moderation.reason"));
        reason.setMaxLength(Moderation.REASON_LENGTH);
        reason.setWidthFull();
        reason.setId("moderation-reason");
        approve.setText(I18n.text("console.moderation.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("moderation-approve");
        approve.addClickListener(e -> decide(true));
        reject.setText(I18n.text("console.moderation.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("moderation-reject");
        reject.addClickListener(e -> decide(false));
        error.setId("moderation-error");
        error.addClassName("field-error");
        detail.setId("moderation-detail");
        detail.setPadding(false);
        detail.setVisible(false);

        requests.addColumn(r -> when(r.requestedAt())).setHeader(I18n.text("console.moderation.requestedAt")).setAutoWidth(true);
        requests.addColumn(OpenReevaluation::producerName).setHeader(I18n.text("console.common.producer")).setFlexGrow(2);
        requests.addColumn(OpenReevaluation::productName).setHeader(I18n.text("console.common.product")).setFlexGrow(2);
        requests.addComponentColumn(r -> {
            Button handled = new Button(I18n.text("console.moderation.handled"), e -> handle(r));
            handled.setId("reevaluation-handled-" + r.id());
            handled.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return handled;
        }).setKey("handled").setAutoWidth(true).setFlexGrow(0);
        requests.setAllRowsVisible(true);
        requests.setId("reevaluation-grid");

        add(new H2(I18n.text("console.moderation.title")), queue, detail,
                new H3(I18n.text("console.moderation.reevaluations")), requests);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        officer = CurrentUser.get().filter(u -> u.hasRole(Role.OFFICER)).orElse(null);
        if (officer == null) {
            return;
        }
        queue.setItems(q -> officer == null ? Stream.empty() : moderation.pending(officer, q.getOffset(), q.getLimit()).stream(),
                q -> officer == null ? 0 : (int) Math.min(Integer.MAX_VALUE, moderation.pendingCount(officer)));
        requests.setItems(q -> officer == null ? Stream.empty()
                        : reevaluations.open(officer, q.getOffset(), q.getLimit()).stream(),
                q -> officer == null ? 0 : (int) Math.min(Integer.MAX_VALUE, reevaluations.openCount(officer)));
    }

    private void show(PendingChange change) {
        detail.removeAll();
        error.setText("");
        reason.clear();
        reason.setInvalid(false);
        detail.setVisible(change != null);
        if (change == null) {
            return;
        }
        detail.add(new H3(change.currentName() + " · " + change.producerName()));
        if (change.kind() == ProductChange.Kind.PUBLISH) {
            detail.add(new Span(I18n.text("console.moderation.publishHelp")));
            detail.add(row("console.listings.name", change.currentName(), null));
            detail.add(row("console.listings.price", Vnd.format(change.currentPriceVnd()), null));
            detail.add(html("console.listings.description", change.currentDescription(), "moderation-description"));
        } else {
            if (change.name() != null) {
                detail.add(row("console.listings.name", change.currentName(), change.name()));
            }
            if (change.productGroup() != null) {
                detail.add(row("console.listings.group", I18n.text("product.group." + change.currentGroup().name()),
                        I18n.text("product.group." + change.productGroup().name())));
            }
            if (change.priceVnd() != null && change.kind() == ProductChange.Kind.VARIANT) {
                detail.add(row("console.listings.variant.label", change.variantLabel(), null));
                detail.add(row("console.listings.price", Vnd.format(change.currentVariantPriceVnd()),
                        Vnd.format(change.priceVnd())));
            } else if (change.priceVnd() != null) {
                detail.add(row("console.listings.price", Vnd.format(change.currentPriceVnd()), Vnd.format(change.priceVnd())));
            }
            if (change.description() != null) {
                detail.add(html("console.moderation.oldDescription", change.currentDescription(), "moderation-old-description"));
                detail.add(html("console.moderation.newDescription", change.description(), "moderation-new-description"));
            }
        }
        HorizontalLayout strip = strip("moderation-photos", images.of(change.productId()), change.currentName());
        if (change.kind() == ProductChange.Kind.PHOTOS) {
            // Old and new side by side: what shoppers see now, and what they would see.
            HorizontalLayout proposed = strip("moderation-new-photos",
                    images.byIds(change.productId(), change.photoIds()), change.currentName());
            VerticalLayout before = new VerticalLayout(new H3(I18n.text("console.moderation.oldPhotos")), strip);
            VerticalLayout after = new VerticalLayout(new H3(I18n.text("console.moderation.newPhotos")), proposed);
            HorizontalLayout sideBySide = new HorizontalLayout(before, after);
            sideBySide.setWidthFull();
            detail.add(sideBySide);
        } else {
            detail.add(new H3(I18n.text("console.listings.photos")), strip);
        }
        detail.add(reason, error, new HorizontalLayout(approve, reject));
    }

    private static HorizontalLayout strip(String id, List<ProductImage> photos, String productName) {
        HorizontalLayout strip = new HorizontalLayout();
        strip.setId(id);
        strip.setWrap(true);
        for (ProductImage photo : photos) {
            strip.add(ListingsView.thumbnail(photo, productName));
        }
        return strip;
    }

    private static HorizontalLayout row(String labelKey, String before, String after) {
        Span label = new Span(I18n.text(labelKey) + ":");
        label.getStyle().set("font-weight", "bold");
        HorizontalLayout row = new HorizontalLayout(label);
        if (after == null) {
            row.add(new Span(before));
        } else {
            Span old = new Span(before);
            old.getStyle().set("text-decoration", "line-through");
            old.addClassName("moderation-old");
            Span now = new Span(after);
            now.addClassName("moderation-new");
            row.add(old, new Span("→"), now);
        }
        return row;
    }

    /** A description, sanitised by the domain when it was stored. */
    private static VerticalLayout html(String labelKey, String sanitized, String id) {
        Div body = new Div();
        body.setId(id);
        body.getElement().setProperty("innerHTML", sanitized == null ? "" : sanitized);
        VerticalLayout block = new VerticalLayout(new Span(I18n.text(labelKey)), body);
        block.setPadding(false);
        return block;
    }

    private void decide(boolean approved) {
        PendingChange change = queue.asSingleSelect().getValue();
        if (change == null) {
            return;
        }
        try {
            if (approved) {
                moderation.approve(officer, change.id());
            } else {
                moderation.reject(officer, change.id(), reason.getValue());
            }
        } catch (InvalidInputException e) {
            reason.setInvalid(e.errors().stream().anyMatch(f -> Objects.equals(f.field(), "reason")));
            reason.setErrorMessage(I18n.messages(e));
            error.setText(I18n.messages(e));
            return;
        }
        Notification.show(I18n.text(approved ? "console.moderation.approved" : "console.moderation.rejected"),
                4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        queue.asSingleSelect().clear();
        queue.getDataProvider().refreshAll();
    }

    private void handle(OpenReevaluation request) {
        try {
            reevaluations.handle(officer, request.id());
        } catch (InvalidInputException e) {
            error.setText(I18n.messages(e));
        }
        requests.getDataProvider().refreshAll();
    }

    private static String when(Instant instant) {
        return I18n.day(instant.atZone(ClockFactory.VIETNAM).toLocalDate());
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.moderation.pageTitle");
    }
}

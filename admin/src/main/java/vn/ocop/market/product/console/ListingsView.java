package vn.ocop.market.product.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.console.AdminLayout;
import vn.ocop.market.console.ConsoleRoles;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.OwnListing;
import vn.ocop.market.product.SaleStatus;
import vn.ocop.market.shared.Vnd;
import vn.ocop.market.ui.CurrentUser;
import vn.ocop.market.ui.I18n;

import java.util.List;
import java.util.stream.Stream;

/**
 * The seller centre's product list: a producer's own products with their photo, state, certificate
 * countdown and stock. Officers pick a producer and read its list.
 */
@Prototype
@Route(value = "admin/listings", layout = AdminLayout.class)
@ConsoleRoles({Role.PRODUCER, Role.OFFICER})
public class ListingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "/admin/listings";

    private final Listings listings;
    private final SaleStatus saleStatus;
    private final ProductImages images;
    final ComboBox<Producer> producer = new ComboBox<>();
    final Grid<OwnListing> grid = new Grid<>();
    final Button create = new Button();
    private SignedInUser user;

    public ListingsView(Listings listings, SaleStatus saleStatus, ProductImages images, Producers producers) {
        this.listings = listings;
        this.saleStatus = saleStatus;
        this.images = images;
        setSizeFull();
        producer.setLabel(I18n.text("console.common.producer"));
        producer.setItems(query -> producers.page(query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                .stream());
        producer.setItemLabelGenerator(Producer::name);
        producer.setId("listings-producer");
        producer.setWidth("24rem");
        producer.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setText(I18n.text("console.listings.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("listing-new");
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ListingEditorView.path(null))));

        grid.addComponentColumn(this::cover).setHeader(I18n.text("console.listings.photo")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OwnListing::code).setHeader(I18n.text("console.products.code")).setAutoWidth(true);
        grid.addColumn(OwnListing::name).setHeader(I18n.text("console.products.name")).setFlexGrow(2);
        grid.addColumn(r -> Vnd.format(r.priceVnd())).setHeader(I18n.text("console.products.price")).setAutoWidth(true);
        grid.addColumn(OwnListing::stock).setHeader(I18n.text("console.products.stock")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(I18n.text("console.common.state")).setFlexGrow(3);
        grid.setId("listings-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ListingEditorView.path(e.getItem().id()))));
        add(new H2(I18n.text("console.listings.title")), new HorizontalLayout(producer, create), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        user = CurrentUser.get().filter(u -> u.hasRole(Role.PRODUCER, Role.OFFICER)).orElse(null);
        if (user == null) {
            return;
        }
        boolean officer = user.role() == Role.OFFICER;
        producer.setVisible(officer);
        create.setVisible(!officer);
        // The producer of a producer user is taken from the session inside the service.
        grid.setItems(query -> user == null ? Stream.empty()
                        : listings.ownPage(user, selectedProducer(), query.getOffset(), query.getLimit()).stream(),
                query -> user == null ? 0 : (int) Math.min(Integer.MAX_VALUE, listings.ownCount(user, selectedProducer())));
    }

    private Long selectedProducer() {
        return producer.getValue() == null ? null : producer.getValue().id();
    }

    private Component cover(OwnListing row) {
        List<ProductImage> photos = images.of(row.id());
        if (photos.isEmpty()) {
            Span none = new Span(I18n.text("console.listings.noPhoto"));
            none.addClassName("listing-no-photo");
            return none;
        }
        return thumbnail(photos.getFirst(), row.name());
    }

    /** A small photo with the larger size offered to dense screens. */
    static Image thumbnail(ProductImage photo, String alt) {
        Image image = new Image(photo.url(ImageSize.THUMB), alt);
        image.getElement().setAttribute("srcset", photo.url(ImageSize.THUMB) + " " + photo.thumbWidth() + "w, "
                + photo.url(ImageSize.CARD) + " " + photo.cardWidth() + "w");
        image.getElement().setAttribute("sizes", "80px");
        image.getElement().setAttribute("loading", "lazy");
        image.setWidth("80px");
        return image;
    }

    private Component state(OwnListing row) {
        SaleStatus.Reason reason = saleStatus.of(row.id());
        String key = switch (reason.kind()) {
            case DRAFT -> "console.listings.state.DRAFT";
            case AWAITING_APPROVAL -> "console.listings.state.AWAITING_APPROVAL";
            case ON_SALE, EXPIRING -> "console.listings.state.ON_SALE";
            default -> "console.listings.state.OFF_SALE";
        };
        Span state = new Span(I18n.text(key));
        state.getElement().getThemeList().add(reason.onSale() ? "badge success" : "badge contrast");
        VerticalLayout cell = new VerticalLayout(state);
        cell.setPadding(false);
        cell.setSpacing(false);
        if (reason.onSale()) {
            Span countdown = new Span(I18n.text("console.listings.expiresIn", reason.days()));
            countdown.addClassName("listing-countdown");
            cell.add(countdown);
        } else if (reason.kind() != SaleStatus.Kind.DRAFT && reason.kind() != SaleStatus.Kind.AWAITING_APPROVAL) {
            cell.add(new Span(reason.text().text(I18n.locale())));
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("console.listings.pageTitle");
    }
}

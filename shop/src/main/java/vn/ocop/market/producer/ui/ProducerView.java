package vn.ocop.market.producer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.follow.Follows;
import vn.ocop.market.media.StoryImage;
import vn.ocop.market.media.StoryPhotos;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.Producers;
import vn.ocop.market.product.Catalog;
import vn.ocop.market.product.ProductPaths;
import vn.ocop.market.product.ListedProduct;
import vn.ocop.market.product.ui.ProductCard;
import vn.ocop.market.ui.I18n;
import vn.ocop.market.ui.PageSection;
import vn.ocop.market.ui.ShopLayout;
import vn.ocop.market.ui.StarBadge;

import java.util.List;

/**
 * A producer's public page: its story, where it is, its legal form, the certificates of its
 * products, every product on sale now and a follow button. Unknown producers and those shoppers
 * may not see answer "not found"; a public producer with nothing on sale keeps its page (saying
 * so), since its story and followers outlive a lapsed certificate, but it is left out of the
 * sitemap and the public API until a product is on sale again.
 */
@Prototype
@Route(value = "chu-the/:slug", layout = ShopLayout.class)
public class ProducerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Producers producers;
    private final Catalog catalog;
    private final Follows follows;
    private final Carts carts;
    private final StoryPhotos storyPhotos;
    private final List<PageSection> sections;
    private String title = "";

    public ProducerView(Producers producers, Catalog catalog, Follows follows, Carts carts, StoryPhotos storyPhotos,
                        List<PageSection> sections) {
        this.sections = sections;
        this.storyPhotos = storyPhotos;
        this.producers = producers;
        this.catalog = catalog;
        this.follows = follows;
        this.carts = carts;
        addClassName("producer-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Producer producer = producers.publicBySlug(slug).orElse(null);
        if (producer == null) {
            event.rerouteToError(NotFoundException.class, I18n.text("producer.page.notFound"));
            return;
        }
        removeAll();
        title = producer.name();
        List<ListedProduct> products = catalog.listedOfProducer(producer.id());

        H1 name = new H1(producer.name());
        name.setId("producer-name");
        Span type = new Span(I18n.text("producer.type." + producer.type().name()));
        type.addClassName("producer-type");
        type.setId("producer-type");
        Span location = new Span(location(producer));
        location.addClassName("producer-location");
        location.setId("producer-location");
        Div header = new Div(name, new Paragraph(type, new Span(" · "), location), new FollowBox(follows, producer.id(), slug));
        header.addClassName("producer-header");

        Section story = new Section(new H2(I18n.text("producer.page.story")), html(I18n.stored(producer.story(), producer.storyEn())));
        story.setId("producer-story");
        List<StoryImage> photos = storyPhotos.of(producer.id());
        if (!photos.isEmpty()) {
            story.add(StoryGallery.of(photos, producer.name()));
        }
        if (producer.videoUrl() != null) {
            // Only links to the known video sites are ever saved (VideoLinks); opened in a new tab.
            Anchor video = new Anchor(producer.videoUrl(), I18n.text("producer.page.video"));
            video.setId("producer-video");
            video.setTarget("_blank");
            video.getElement().setAttribute("rel", "noopener nofollow ugc");
            story.add(new Paragraph(video));
        }

        add(new Anchor("/", I18n.text("product.page.allProducts")), header, story);
        sections.forEach(f -> f.producer(producer.id()).ifPresent(this::add));
        add(certificates(products), products(products));
    }

    private static String location(Producer producer) {
        StringBuilder where = new StringBuilder();
        if (producer.commune() != null && !producer.commune().isBlank()) {
            where.append(producer.commune()).append(", ");
        }
        where.append(producer.province());
        if (producer.formerProvince() != null && !producer.formerProvince().isBlank()) {
            where.append(" (").append(I18n.text("producer.page.formerly", producer.formerProvince())).append(')');
        }
        return where.toString();
    }

    private static Section certificates(List<ListedProduct> products) {
        Section section = new Section(new H2(I18n.text("producer.page.certificates")));
        section.setId("producer-certificates");
        for (ListedProduct p : products) {
            Anchor product = new Anchor(ProductPaths.page(p.slug()), I18n.stored(p.name(), p.nameEn()));
            Span number = new Span(I18n.text("producer.page.certificate", p.certificateNumber(),
                    I18n.lastValidDay(p.certificateValidUntil())));
            Div row = new Div(new StarBadge(p.stars()), product, number);
            row.addClassName("producer-certificate");
            section.add(row);
        }
        if (products.isEmpty()) {
            section.add(new Paragraph(I18n.text("producer.page.noCertificates")));
        }
        return section;
    }

    private Section products(List<ListedProduct> products) {
        Section section = new Section(new H2(I18n.text("producer.page.products", products.size())));
        section.setId("producer-products");
        if (products.isEmpty()) {
            Paragraph none = new Paragraph(I18n.text("producer.page.noProducts"));
            none.setId("producer-no-products");
            section.add(none);
            return section;
        }
        Div grid = new Div();
        grid.addClassName("product-grid");
        for (Catalog.Showcase s : catalog.showcases(products)) {
            grid.add(ProductCard.of(s, carts));
        }
        section.add(grid);
        return section;
    }

    /** Producer text is sanitised when stored; it may carry basic formatting. */
    private static Div html(String sanitized) {
        Div div = new Div();
        div.addClassName("producer-story-text");
        if (sanitized != null) {
            div.getElement().setProperty("innerHTML", sanitized);
        }
        return div;
    }

    @Override
    public String getPageTitle() {
        return I18n.text("product.page.pageTitle", title);
    }
}

package vn.ocop.market.app;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.cart.CartLine;
import vn.ocop.market.cart.Carts;
import vn.ocop.market.cart.ui.CartCookie;
import vn.ocop.market.cart.ui.CartView;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.product.Listings;
import vn.ocop.market.product.NewVariant;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.Variant;
import vn.ocop.market.product.ui.ProductCard;
import vn.ocop.market.product.ui.ProductView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The product page with photos and variants, the cards' covers and the cart's variant lines, with Karibu. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductPageViewsTest implements TestEnvironment {

    static final Routes ROUTES = new Routes(Set.of(ProductView.class, CartView.class), Set.of(), true);
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private ApplicationContext context;
    private Fixtures fixtures;
    private Listings listings;
    private ProductImages images;
    private Carts carts;

    @BeforeAll
    void startContext() {
        context = ApplicationContext.run(new java.util.HashMap<>(getProperties()));
        fixtures = context.getBean(Fixtures.class);
        listings = context.getBean(Listings.class);
        images = context.getBean(ProductImages.class);
        carts = context.getBean(Carts.class);
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void thePageShowsThePhotosWithTheirSizesAndOpensTheZoom() {
        long n = SEQ.incrementAndGet();
        Product product = certified("Trà hoa vàng " + n);
        SignedInUser officer = new SignedInUser(1, "canbo@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
        ProductImage cover = images.add(officer, product.id(), "a.jpg", TestImages.jpeg(1600, 1200));
        ProductImage other = images.add(officer, product.id(), "b.jpg", TestImages.jpeg(1200, 1200));

        UI.getCurrent().navigate("san-pham/" + product.slug());

        Image main = _get(Image.class, spec -> spec.withId("gallery-main"));
        assertEquals("/media/" + cover.cardKey(), main.getSrc());
        assertEquals("/media/" + cover.cardKey() + " 400w, /media/" + cover.zoomKey() + " 1200w",
                main.getElement().getAttribute("srcset"));
        assertEquals("1200", main.getElement().getAttribute("width"));
        assertEquals("900", main.getElement().getAttribute("height"));
        assertNull(main.getElement().getAttribute("loading"), "the largest paint is not lazy");
        List<Image> thumbs = _find(Image.class, spec -> spec.withClasses("gallery-thumb"));
        assertEquals(2, thumbs.size());
        assertTrue(thumbs.stream().allMatch(t -> "lazy".equals(t.getElement().getAttribute("loading"))));
        assertEquals("/media/" + other.thumbKey(), thumbs.get(1).getSrc());
        assertEquals("160", thumbs.get(1).getElement().getAttribute("width"));

        com.vaadin.flow.component.ComponentUtil.fireEvent(thumbs.get(1),
                new com.vaadin.flow.component.ClickEvent<>(thumbs.get(1)));
        assertEquals("/media/" + other.cardKey(), main.getSrc(), "the thumbnail's photo is shown large");

        com.vaadin.flow.component.ComponentUtil.fireEvent(main, new com.vaadin.flow.component.ClickEvent<>(main));
        Dialog zoom = _get(Dialog.class);
        assertTrue(zoom.isOpened());
        assertEquals("/media/" + other.zoomKey(), _get(Image.class, spec -> spec.withId("gallery-zoom-image")).getSrc());
    }

    @Test
    void aProductWithoutPhotosKeepsThePlaceholder() {
        Product product = certified("Bánh đa " + SEQ.incrementAndGet());
        UI.getCurrent().navigate("san-pham/" + product.slug());
        assertTrue(_find(Image.class, spec -> spec.withId("gallery-main")).isEmpty());
        Image placeholder = _get(Image.class, spec -> spec.withClasses("product-image"));
        assertTrue(placeholder.getSrc().startsWith("data:image/svg+xml"));
    }

    @Test
    void thePickerChangesPriceAndStockAndTheButtonAddsTheChosenVariant() {
        long n = SEQ.incrementAndGet();
        Product product = certified("Mật ong bạc hà " + n);
        SignedInUser owner = new SignedInUser(9_000_000 + n, "chu" + n + "@htx.vn", "Chủ", Role.PRODUCER,
                product.producerId());
        Variant small = listings.addVariant(owner, product.id(),
                new NewVariant("Hũ 250 g", "BH-250-" + n, null, 180_000L, 10, 300, 1));
        Variant large = listings.addVariant(owner, product.id(),
                new NewVariant("Hũ 500 g", "BH-500-" + n, null, 320_000L, 4, 600, 2));
        String token = Carts.newToken();
        CartCookie.set(token);

        UI.getCurrent().navigate("san-pham/" + product.slug());

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Variant> picker = _get(RadioButtonGroup.class, spec -> spec.withId("variant-picker"));
        assertEquals(small.id(), picker.getValue().id(), "the first jar in stock is chosen");
        Span price = _get(Span.class, spec -> spec.withClasses("price"));
        Span stock = _get(Span.class, spec -> spec.withClasses("stock"));
        assertEquals("180.000 ₫", price.getText());
        assertEquals("Còn 10 sản phẩm", stock.getText());

        _setValue(picker, picker.getListDataView().getItems().filter(v -> v.id().equals(large.id())).findFirst().orElseThrow());
        assertEquals("320.000 ₫", price.getText());
        assertEquals("Còn 4 sản phẩm", stock.getText());
        IntegerField quantity = _get(IntegerField.class, spec -> spec.withId("add-quantity"));
        assertEquals(4, quantity.getMax());
        _setValue(quantity, 2);
        _click(_get(Button.class, spec -> spec.withId("add-to-cart")));

        List<CartLine> lines = carts.view(token).lines();
        assertEquals(1, lines.size());
        assertEquals(large.id(), lines.getFirst().variantId());
        assertEquals(2, lines.getFirst().quantity());

        UI.getCurrent().navigate(CartView.class);
        Div line = _get(Div.class, spec -> spec.withId("cart-line-" + product.id() + "-" + large.id()));
        assertEquals("Hũ 500 g", _get(line, Span.class, spec -> spec.withClasses("cart-line-variant")).getText());
        assertFalse(line.hasClassName("flagged"));
    }

    @Test
    void choosingAVariantShowsItsOwnPhotosFirstInTheGallery() {
        long n = SEQ.incrementAndGet();
        Product product = certified("Mắm cá linh " + n);
        SignedInUser officer = new SignedInUser(9_100_000 + n, "cb" + n + "@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
        Variant small = listings.addVariant(officer, product.id(),
                new NewVariant("Hũ 250 g", "CL-250-" + n, null, 90_000L, 10, 300, 1));
        Variant large = listings.addVariant(officer, product.id(),
                new NewVariant("Hũ 1 kg", "CL-1KG-" + n, null, 300_000L, 3, 1100, 2));
        ProductImage cover = images.add(officer, product.id(), "hu.jpg", TestImages.jpeg(1200, 900));
        ProductImage ofLarge = images.addToVariant(officer, large.id(), "hu-1kg.png", TestImages.png(900, 900));
        assertEquals(large.id(), ofLarge.variantId());

        UI.getCurrent().navigate("san-pham/" + product.slug());
        Image main = _get(Image.class, spec -> spec.withId("gallery-main"));
        assertEquals("/media/" + cover.cardKey(), main.getSrc(), "the small jar has no photo of its own: the cover");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Variant> picker = _get(RadioButtonGroup.class, spec -> spec.withId("variant-picker"));
        assertEquals(small.id(), picker.getValue().id());
        _setValue(picker, picker.getListDataView().getItems().filter(v -> v.id().equals(large.id())).findFirst().orElseThrow());
        main = _get(Image.class, spec -> spec.withId("gallery-main"));
        assertEquals("/media/" + ofLarge.cardKey(), main.getSrc(), "the 1 kg jar's own photo first");
        List<Image> thumbs = _find(Image.class, spec -> spec.withClasses("gallery-thumb"));
        assertEquals("/media/" + ofLarge.thumbKey(), thumbs.getFirst().getSrc());
        assertEquals("/media/" + cover.thumbKey(), thumbs.get(1).getSrc());
        assertEquals("lazy", thumbs.getFirst().getElement().getAttribute("loading"));
    }

    @Test
    void aCardShowsTheCoverInTheCardSizeLazilyWithItsSize() {
        long n = SEQ.incrementAndGet();
        Product product = certified("Nước mắm nhĩ " + n);
        SignedInUser officer = new SignedInUser(1, "canbo@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
        ProductImage cover = images.add(officer, product.id(), "a.jpg", TestImages.jpeg(1600, 1200));
        vn.ocop.market.product.Catalog.Showcase shown = context.getBean(vn.ocop.market.product.Catalog.class)
                .showcase(product.id()).orElseThrow();

        ProductCard productCard = new ProductCard(product.slug(), product.name(), null, product.group(),
                shown.cover().map(vn.ocop.market.product.ui.ProductImage.Cover::of).orElse(null), "HTX", "Quảng Ninh",
                product.priceVnd(), 4, new Span());
        UI.getCurrent().add(productCard);

        org.jsoup.nodes.Element link = ProductCards.link(productCard);
        assertEquals("/san-pham/" + product.slug(), link.attr("href"));
        org.jsoup.nodes.Element card = link.selectFirst("img.product-image");
        assertEquals("/media/" + cover.cardKey(), card.attr("src"));
        assertEquals(product.name(), card.attr("alt"));
        assertEquals("lazy", card.attr("loading"));
        assertEquals("async", card.attr("decoding"));
        assertEquals("/media/" + cover.thumbKey() + " 160w, /media/" + cover.cardKey() + " 400w", card.attr("srcset"));
        assertEquals("(max-width: 600px) 50vw, 260px", card.attr("sizes"));
        assertEquals("400", card.attr("width"));
        assertEquals("300", card.attr("height"));
        assertEquals(product.name(), link.selectFirst(".card-body h3.product-name").text());
        assertEquals("4", link.selectFirst(".star-badge").attr("data-stars"));
        assertEquals("★★★★☆", link.selectFirst(".star-badge").attr("title"));
        assertEquals("HTX", link.selectFirst(".producer").text());
        assertEquals("Quảng Ninh", link.selectFirst(".province").text());
        assertEquals(vn.ocop.market.shared.Vnd.format(product.priceVnd()), link.selectFirst(".price").text());
        assertTrue(link.selectFirst(".price").text().startsWith("200.000"), link.selectFirst(".price").text());
        assertTrue(productCard.getChildren().anyMatch(c -> c.getElement().getClassList().contains("card-actions")),
                "the action sits below the link");
    }

    @Test
    void aCardEscapesWhatProducersWrite() {
        ProductCard productCard = new ProductCard("banh-<b>", "Bánh \"đa\" <script>alert(1)</script> & mè", null,
                ProductGroup.FOOD, null, "HTX <i>Mè</i>", "Quảng Ninh' onload='x", 45_000, 3, new Span());
        UI.getCurrent().add(productCard);

        org.jsoup.nodes.Element link = ProductCards.link(productCard);
        assertEquals("Bánh \"đa\" <script>alert(1)</script> & mè", link.selectFirst("h3.product-name").text());
        assertEquals("Bánh \"đa\" <script>alert(1)</script> & mè", link.selectFirst("img.product-image").attr("alt"));
        assertTrue(link.selectFirst("img.product-image").attr("src").startsWith("data:image/svg+xml"), "the placeholder");
        assertEquals("HTX <i>Mè</i>", link.selectFirst(".producer").text());
        assertEquals("Quảng Ninh' onload='x", link.selectFirst(".province").text());
        assertTrue(link.select("script, i, b, [onload]").isEmpty(), "no markup of theirs: " + link);
    }

    private Product certified(String name) {
        Producer producer = fixtures.producer("HTX " + name, "Quảng Ninh");
        Product product = fixtures.product(producer, name, ProductGroup.FOOD, 200_000);
        fixtures.certify(product, 80, LocalDate.now().minusMonths(1));
        return product;
    }
}

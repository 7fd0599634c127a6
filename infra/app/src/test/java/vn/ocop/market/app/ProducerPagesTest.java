package vn.ocop.market.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ocop.market.account.Accounts;
import vn.ocop.market.account.Role;
import vn.ocop.market.account.SignedInUser;
import vn.ocop.market.certification.Certificate;
import vn.ocop.market.certification.Certifications;
import vn.ocop.market.follow.Follows;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.ProductImage;
import vn.ocop.market.media.ProductImages;
import vn.ocop.market.producer.Producer;
import vn.ocop.market.producer.ui.ProducerView;
import vn.ocop.market.product.Product;
import vn.ocop.market.product.ProductGroup;
import vn.ocop.market.product.ui.ProductView;
import vn.ocop.market.ui.ErrorView;
import vn.ocop.market.ui.NotFoundView;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public producer page, following producers, what crawlers receive for public pages (head
 * tags, JSON-LD and a summary in the first response), the sitemap, robots.txt and the producer API.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProducerPagesTest implements TestEnvironment {

    private static final String PUBLIC_URL = "https://cho-ocop.example.vn";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EmbeddedServer server;
    @Inject ApplicationContext context;
    @Inject Fixtures fixtures;
    @Inject Certifications certifications;
    @Inject Accounts accounts;
    @Inject Follows follows;
    @Inject ProductImages images;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestEnvironment.super.getProperties());
        props.put("ocop.public-url", PUBLIC_URL + "/");
        return props;
    }

    @Test
    void aCrawlerGetsTheProductsNamePriceCardAndStructuredDataInTheFirstResponse() throws Exception {
        Producer producer = fixtures.producer("HTX Chè Tân Cương SEO " + System.nanoTime(), "Thái Nguyên");
        Product tea = fixtures.product(producer, "Chè móc câu <Đặc biệt> & quà", ProductGroup.BEVERAGE, 320_000);
        Certificate certificate = fixtures.certify(tea, 82, LocalDate.now().minusDays(20));
        // An officer's photo applies at once (a producer's, on an approved product, waits for one).
        SignedInUser officer = new SignedInUser(900_700, "canbo-seo@ocop.gov.vn", "Cán bộ", Role.OFFICER, null);
        ProductImage cover = images.add(officer, tea.id(), "nhan.jpg", TestImages.jpeg(1200, 900));

        HttpResponse<String> page = get("/san-pham/" + tea.slug());
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        assertEquals("Chè móc câu <Đặc biệt> & quà – Chợ OCOP", html.title());
        String canonical = PUBLIC_URL + "/san-pham/" + tea.slug();
        assertEquals(canonical, html.select("link[rel=canonical]").attr("href"));
        assertEquals("Mô tả Chè móc câu <Đặc biệt> & quà", html.select("meta[name=description]").attr("content"));
        assertEquals(1, html.select("meta[name=description]").size(), "one description, the product's");
        assertEquals("Chè móc câu <Đặc biệt> & quà – Chợ OCOP", og(html, "og:title"));
        assertEquals(canonical, og(html, "og:url"));
        assertEquals("product", og(html, "og:type"));
        assertFalse(og(html, "og:description").isBlank());
        String card = cover.url(ImageSize.CARD);
        assertEquals(PUBLIC_URL + card, og(html, "og:image"), "the card is the cover photo at card size");
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort()
                + card)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/"));

        String script = html.select("script[type=application/ld+json]").first().data();
        assertFalse(script.contains("<"), "nothing in the JSON-LD can close its script: " + script);
        JsonNode product = JSON.readTree(script);
        assertEquals("https://schema.org", product.get("@context").asText());
        assertEquals("Product", product.get("@type").asText());
        assertEquals(tea.name(), product.get("name").asText());
        assertEquals(PUBLIC_URL + card, product.get("image").asText());
        assertEquals(320_000, product.get("offers").get("price").asLong());
        assertEquals("VND", product.get("offers").get("priceCurrency").asText());
        assertEquals("https://schema.org/InStock", product.get("offers").get("availability").asText());
        assertEquals("Organization", product.get("brand").get("@type").asText());
        assertEquals(producer.name(), product.get("brand").get("name").asText());
        assertEquals(PUBLIC_URL + "/chu-the/" + producer.slug(), product.get("brand").get("url").asText());
        JsonNode ocop = product.get("hasCertification");
        assertEquals("Certification", ocop.get("@type").asText());
        assertEquals(certificate.certificateNumber(), ocop.get("certificationIdentification").asText());
        assertEquals("UBND tỉnh Thái Nguyên", ocop.get("issuedBy").get("name").asText());
        assertEquals(LocalDate.now().minusDays(20).toString(), ocop.get("validFrom").asText());
        assertEquals(4, ocop.get("certificationRating").get("ratingValue").asInt());

        String summary = html.select("noscript").html();
        assertTrue(summary.contains("Chè móc câu &lt;Đặc biệt&gt; &amp; quà"), summary);
        assertTrue(summary.contains("320.000"), "the price is in the page a crawler reads: " + summary);
        assertTrue(summary.contains("/chu-the/" + producer.slug()), summary);
    }

    @Test
    void aCrawlerGetsTheProducersStoryAndProductsAsAnOrganization() throws Exception {
        Producer producer = fixtures.producer("HTX Mật ong SEO " + System.nanoTime(), "Tuyên Quang");
        Product honey = fixtures.product(producer, "Mật ong bạc hà SEO " + System.nanoTime(), ProductGroup.FOOD, 280_000);
        fixtures.certify(honey, 76, LocalDate.now().minusDays(5));

        HttpResponse<String> page = get("/chu-the/" + producer.slug());
        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        assertEquals(producer.name() + " – Chợ OCOP", html.title());
        assertEquals(PUBLIC_URL + "/chu-the/" + producer.slug(), html.select("link[rel=canonical]").attr("href"));
        assertEquals("Hợp tác xã thành lập năm 2015 bởi 24 hộ trồng nghệ.", html.select("meta[name=description]").attr("content"),
                "the story's text, without its markup or the script the sanitiser removed");
        assertEquals("profile", og(html, "og:type"));
        assertTrue(html.select("meta[property=og:image]").isEmpty(), "no photo, no card image");
        JsonNode organization = JSON.readTree(html.select("script[type=application/ld+json]").first().data());
        assertEquals("Organization", organization.get("@type").asText());
        assertEquals(producer.name(), organization.get("name").asText());
        assertEquals("Tuyên Quang", organization.get("address").get("addressRegion").asText());
        String summary = html.select("noscript").html();
        assertTrue(summary.contains(producer.name()) && summary.contains(honey.name()) && summary.contains("280.000"), summary);
        assertTrue(summary.contains("/san-pham/" + honey.slug()), summary);
    }

    @Test
    void theHomePageDescribesTheSiteAndAnUnknownProductGetsNoProductData() throws Exception {
        Document home = Jsoup.parse(get("/").body());
        assertEquals(PUBLIC_URL + "/", home.select("link[rel=canonical]").attr("href"));
        assertEquals("WebSite", JSON.readTree(home.select("script[type=application/ld+json]").first().data())
                .get("@type").asText());
        Document unknown = Jsoup.parse(get("/san-pham/khong-co-san-pham-nay").body());
        assertTrue(unknown.select("script[type=application/ld+json]").isEmpty());
        assertTrue(unknown.select("link[rel=canonical]").isEmpty());
    }

    @Test
    void theSitemapListsListedProductsAndTheirProducersButNotADelistedProduct() throws Exception {
        Producer producer = fixtures.producer("HTX Sitemap " + System.nanoTime(), "Lâm Đồng");
        Product listed = fixtures.product(producer, "Cà phê sitemap " + System.nanoTime(), ProductGroup.BEVERAGE, 150_000);
        fixtures.certify(listed, 80, LocalDate.now().minusDays(3));
        Product delisted = fixtures.product(producer, "Cà phê thu hồi sitemap " + System.nanoTime(), ProductGroup.BEVERAGE, 160_000);
        Certificate revoked = fixtures.certify(delisted, 80, LocalDate.now().minusDays(3));
        certifications.revoke(revoked.id(), "Vi phạm sử dụng nhãn OCOP", "test");
        Producer nothingOnSale = fixtures.producer("HTX Chưa bán sitemap " + System.nanoTime(), "Lâm Đồng");

        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        Document xml = Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locations = xml.select("url > loc").eachText();
        assertTrue(locations.contains(PUBLIC_URL + "/"), "the home page");
        assertTrue(locations.contains(PUBLIC_URL + "/san-pham/" + listed.slug()), "a listed product");
        assertFalse(locations.contains(PUBLIC_URL + "/san-pham/" + delisted.slug()), "a revoked product is left out");
        assertTrue(locations.contains(PUBLIC_URL + "/chu-the/" + producer.slug()), "its producer");
        assertFalse(locations.contains(PUBLIC_URL + "/chu-the/" + nothingOnSale.slug()), "a producer with nothing on sale");
        String lastmod = xml.select("url:has(loc:containsOwn(" + listed.slug() + ")) > lastmod").text();
        assertTrue(lastmod.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), lastmod);
    }

    @Test
    void robotsKeepsCrawlersOutOfTheConsoleTheAdminApiAndCheckout() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");
        assertEquals(200, robots.statusCode());
        List<String> lines = robots.body().lines().toList();
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(lines.contains("Disallow: /admin"), robots.body());
        assertTrue(lines.contains("Disallow: /api/admin"), robots.body());
        assertTrue(lines.contains("Disallow: /gio-hang") && lines.contains("Disallow: /thanh-toan"), robots.body());
        assertTrue(lines.contains("Allow: /"), robots.body());
        assertTrue(lines.contains("Sitemap: " + PUBLIC_URL + "/sitemap.xml"), robots.body());
    }

    @Test
    void theProducerApiAnswersForAProducerWithProductsOnSaleAndNotFoundOtherwise() throws Exception {
        Producer producer = fixtures.producer("HTX API chủ thể " + System.nanoTime(), "Thái Nguyên");
        Product tea = fixtures.product(producer, "Chè API chủ thể " + System.nanoTime(), ProductGroup.BEVERAGE, 210_000);
        fixtures.certify(tea, 91, LocalDate.now().minusDays(2));
        fixtures.product(producer, "Chè chưa chứng nhận API " + System.nanoTime(), ProductGroup.BEVERAGE, 90_000);

        HttpResponse<String> found = get("/api/producers/" + producer.id());
        assertEquals(200, found.statusCode(), found.body());
        JsonNode body = JSON.readTree(found.body());
        assertEquals(producer.id().longValue(), body.get("id").asLong());
        assertEquals(producer.slug(), body.get("slug").asText());
        assertEquals("COOPERATIVE", body.get("type").asText());
        assertEquals("Thái Nguyên", body.get("province").asText());
        assertEquals("/chu-the/" + producer.slug(), body.get("url").asText());
        assertFalse(body.get("story").asText().contains("<script"), "the story is the sanitised HTML");
        assertEquals(1, body.get("products").size(), "only the product on sale");
        assertEquals(tea.id().longValue(), body.get("products").get(0).get("id").asLong());
        assertEquals(5, body.get("products").get(0).get("stars").asInt());

        Producer nothingOnSale = fixtures.producer("HTX API chưa bán " + System.nanoTime(), "Thái Nguyên");
        for (String path : new String[] {"/api/producers/" + nothingOnSale.id(), "/api/producers/999999999"}) {
            HttpResponse<String> missing = get(path);
            assertEquals(404, missing.statusCode(), path);
            JsonNode error = JSON.readTree(missing.body());
            assertEquals(404, error.get("status").asInt());
            assertTrue(error.has("error") && error.has("message"), missing.body());
        }
    }

    @Test
    void aShopperFollowsAndUnfollowsAProducerAndTheCountFollows() {
        Producer producer = fixtures.producer("HTX Theo dõi " + System.nanoTime(), "Hà Giang");
        Product product = fixtures.product(producer, "Trà shan tuyết theo dõi " + System.nanoTime(), ProductGroup.BEVERAGE, 250_000);
        fixtures.certify(product, 78, LocalDate.now().minusDays(9));
        SignedInUser shopper = accounts.create("theodoi-" + System.nanoTime() + "@ocop.test", "mat-khau-theo-doi",
                "Người theo dõi", Role.CONSUMER, null);
        vaadin(() -> {
            UI.getCurrent().navigate("chu-the/" + producer.slug());
            assertEquals(producer.name(), _get(H1.class, spec -> spec.withId("producer-name")).getText());
            assertEquals("Xã Tân Cương, Tuyên Quang (trước đây: Hà Giang)",
                    _get(Span.class, spec -> spec.withId("producer-location")).getText(), "the former province is named");
            assertEquals("Hợp tác xã", _get(Span.class, spec -> spec.withId("producer-type")).getText());
            assertTrue(_find(Anchor.class).stream().anyMatch(a -> a.getHref().equals("/san-pham/" + product.slug())),
                    "its certificate links to the product page");
            assertEquals(List.of("/san-pham/" + product.slug()), ProductCards.links().stream().map(a -> a.attr("href")).toList(),
                    "its product on sale links to the product page");
            assertEquals("Chưa có người theo dõi", _get(Span.class, spec -> spec.withId("follower-count")).getText());
            assertEquals("/dang-nhap?tiep=chu-the/" + producer.slug(),
                    _get(Anchor.class, spec -> spec.withId("follow-sign-in")).getHref(), "someone not signed in is asked to");
            assertTrue(_find(Button.class, spec -> spec.withId("follow-button")).isEmpty());

            VaadinSession.getCurrent().setAttribute(SignedInUser.class, shopper);
            UI.getCurrent().navigate("chu-the/" + producer.slug());
            Button follow = _get(Button.class, spec -> spec.withId("follow-button"));
            assertEquals("Theo dõi", follow.getText());
            follow.click();
            assertEquals("Bỏ theo dõi", follow.getText());
            assertEquals("1 người theo dõi", _get(Span.class, spec -> spec.withId("follower-count")).getText());
            assertEquals(List.of(shopper.id()), follows.followersOf(producer.id()), "told about new products later");

            UI.getCurrent().navigate("chu-the/" + producer.slug());
            follow = _get(Button.class, spec -> spec.withId("follow-button"));
            assertEquals("Bỏ theo dõi", follow.getText(), "the page remembers");
            follow.click();
            assertEquals("Theo dõi", follow.getText());
            assertEquals("Chưa có người theo dõi", _get(Span.class, spec -> spec.withId("follower-count")).getText());
            assertEquals(List.of(), follows.followersOf(producer.id()));
        });
    }

    @Test
    void aProducerWithNothingOnSaleKeepsItsPageAndAnUnknownOneIsNotFound() {
        Producer producer = fixtures.producer("HTX Chưa có hàng " + System.nanoTime(), "Lào Cai");
        SignedInUser officer = accounts.create("canbo-theodoi-" + System.nanoTime() + "@ocop.test", "mat-khau-can-bo",
                "Cán bộ", Role.OFFICER, null);
        vaadin(() -> {
            UI.getCurrent().navigate("chu-the/" + producer.slug());
            assertEquals("Chủ thể này hiện không có sản phẩm nào đang bán.",
                    _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("producer-no-products")).getText());
            VaadinSession.getCurrent().setAttribute(SignedInUser.class, officer);
            UI.getCurrent().navigate("chu-the/" + producer.slug());
            assertTrue(_find(Button.class, spec -> spec.withId("follow-button")).isEmpty(), "staff do not follow");
            UI.getCurrent().navigate("chu-the/khong-co-chu-the-nay");
            _get(NotFoundView.class);
        });
        assertThrows(vn.ocop.market.shared.InvalidInputException.class, () -> follows.toggle(officer, producer.id()));
    }

    @Test
    void aProductPageLinksToItsProducersPage() {
        Producer producer = fixtures.producer("HTX Liên kết " + System.nanoTime(), "Bắc Giang");
        Product lychee = fixtures.product(producer, "Vải thiều liên kết " + System.nanoTime(), ProductGroup.FOOD, 90_000);
        fixtures.certify(lychee, 80, LocalDate.now().minusDays(4));
        vaadin(() -> {
            UI.getCurrent().navigate("san-pham/" + lychee.slug());
            Anchor link = _get(Anchor.class, spec -> spec.withId("producer-link"));
            assertEquals("/chu-the/" + producer.slug(), link.getHref());
            assertEquals(producer.name(), link.getText());
        });
    }

    private void vaadin(Runnable test) {
        MockVaadin.setup(UI::new, new MicronautMockServlet(new Routes(Set.of(ProducerView.class, ProductView.class),
                Set.of(NotFoundView.class, ErrorView.class), true), context));
        try {
            test.run();
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static String og(Document html, String property) {
        return html.select("meta[property=" + property + "]").attr("content");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}

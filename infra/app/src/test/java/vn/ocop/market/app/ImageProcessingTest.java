package vn.ocop.market.app;

import org.junit.jupiter.api.Test;
import vn.ocop.market.media.ImageKeys;
import vn.ocop.market.media.ImageProcessing;
import vn.ocop.market.media.ImageSize;
import vn.ocop.market.media.ProcessedImage;
import vn.ocop.market.shared.FieldError;
import vn.ocop.market.shared.InvalidInputException;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What happens to an uploaded photo before anything is stored: the checks, and the sizes made of it. */
class ImageProcessingTest {

    private final ImageProcessing processing = new ImageProcessing();

    @Test
    void aPhoneJpegWithGpsComesOutInThreeSizesWithoutItsMetadata() {
        byte[] upload = TestImages.jpegWithGps(3000, 2000);
        assertTrue(TestImages.hasApp1(upload) && TestImages.contains(upload, TestImages.GPS_MARK), "the input carries EXIF");

        ProcessedImage image = processing.process("IMG_0042.JPG", upload);

        assertEquals("image/jpeg", image.sourceType());
        assertEquals(3000, image.width());
        assertEquals(2000, image.height());
        assertEquals(List.of(ImageSize.THUMB, ImageSize.CARD, ImageSize.ZOOM),
                image.sizes().stream().map(ProcessedImage.Rendition::size).toList());
        int[][] expected = {{160, 107}, {400, 267}, {1200, 800}};
        for (ProcessedImage.Rendition r : image.sizes()) {
            int[] wh = expected[r.size().ordinal()];
            assertEquals(wh[0], r.width(), r.size() + " width");
            assertEquals(wh[1], r.height(), r.size() + " keeps the aspect ratio");
            BufferedImage decoded = TestImages.decode(r.bytes());
            assertEquals(wh[0], decoded.getWidth(), r.size() + " decoded width");
            assertEquals(wh[1], decoded.getHeight(), r.size() + " decoded height");
            assertEquals("image/jpeg", r.contentType());
            assertFalse(TestImages.hasApp1(r.bytes()), r.size() + " has no EXIF segment");
            assertFalse(TestImages.contains(r.bytes(), "Exif"), r.size() + " has no EXIF");
            assertFalse(TestImages.contains(r.bytes(), TestImages.GPS_MARK), r.size() + " has nothing of the metadata");
            assertTrue(ImageKeys.isValid(r.key()) && r.key().endsWith(".jpg"), r.key());
        }
        assertEquals(3, image.sizes().stream().map(ProcessedImage.Rendition::key).distinct().count());
        assertEquals(64, image.contentHash().length());
    }

    @Test
    void pngAndWebpAreAcceptedAndASmallPhotoIsNeverEnlarged() {
        ProcessedImage png = processing.process("label.png", TestImages.png(300, 200));
        assertEquals("image/png", png.sourceType());
        assertEquals(List.of(160, 300, 300), png.sizes().stream().map(ProcessedImage.Rendition::width).toList());
        assertEquals(List.of(107, 200, 200), png.sizes().stream().map(ProcessedImage.Rendition::height).toList());
        BufferedImage card = TestImages.decode(png.size(ImageSize.CARD).bytes());
        assertEquals(300, card.getWidth());

        ProcessedImage webp = processing.process("tra-shan.webp", TestImages.webp());
        assertEquals("image/webp", webp.sourceType());
        assertEquals(640, webp.width());
        assertEquals(480, webp.height());
        assertEquals(List.of(160, 400, 640), webp.sizes().stream().map(ProcessedImage.Rendition::width).toList());
        assertEquals(List.of(120, 300, 480), webp.sizes().stream().map(ProcessedImage.Rendition::height).toList());

        // No name, or a name without an extension, leaves the content to decide.
        assertEquals("image/jpeg", processing.process(null, TestImages.jpeg(50, 40)).sourceType());
        assertEquals("image/png", processing.process("anh", TestImages.png(50, 40)).sourceType());
        assertEquals("image/jpeg", processing.process("C:\\Ảnh\\chè.jpeg", TestImages.jpeg(50, 40)).sourceType());
    }

    @Test
    void aLargePhotoIsDecodedSubsampledButKeepsItsSizesAndRatio() {
        ProcessedImage image = processing.process("panorama.jpg", TestImages.jpeg(6000, 2000));
        assertEquals(6000, image.width());
        assertEquals(2000, image.height());
        assertEquals(List.of(160, 400, 1200), image.sizes().stream().map(ProcessedImage.Rendition::width).toList());
        assertEquals(List.of(53, 133, 400), image.sizes().stream().map(ProcessedImage.Rendition::height).toList());
    }

    @Test
    void aPortraitPhoneShotIsTurnedUprightBeforeItsExifIsDropped() {
        // The sensor's 1600×1200 landscape pixels, with EXIF orientation 6 (shown turned a quarter clockwise).
        ProcessedImage image = processing.process("portrait.jpg", TestImages.jpegWithOrientation(1600, 1200, 6));
        assertEquals(1200, image.width());
        assertEquals(1600, image.height());
        assertEquals(List.of(160, 400, 1200), image.sizes().stream().map(ProcessedImage.Rendition::width).toList());
        assertEquals(List.of(213, 533, 1600), image.sizes().stream().map(ProcessedImage.Rendition::height).toList());
        BufferedImage card = TestImages.decode(image.size(ImageSize.CARD).bytes());
        assertEquals(400, card.getWidth());
        assertEquals(533, card.getHeight());
        // Turned clockwise: the shot's green top-left corner is now top-right, its yellow bottom-right bottom-left.
        int topRightRed = (card.getRGB(395, 4) >> 16) & 0xff;
        int bottomLeftRed = (card.getRGB(4, 528) >> 16) & 0xff;
        assertTrue(topRightRed < 80 && bottomLeftRed > 210, topRightRed + " / " + bottomLeftRed);
        assertFalse(TestImages.hasApp1(image.size(ImageSize.CARD).bytes()));
        // Upside down (3) keeps the size; no orientation changes nothing.
        assertEquals(1600, processing.process("a.jpg", TestImages.jpegWithOrientation(1600, 1200, 3)).width());
        assertEquals(1600, processing.process("a.jpg", TestImages.jpegWithOrientation(1600, 1200, 1)).width());
    }

    @Test
    void theContentDecidesTheTypeNeverTheName() {
        byte[] text = "Chè Tân Cương, 250 g\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        assertRefused("media.image.notAnImage", "photo.jpg", text);
        assertRefused("media.image.notAnImage", "photo.jpg", new byte[0]);
        // JPEG's magic bytes in front of garbage: the decode fails.
        byte[] fake = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 2000);
        Arrays.fill(fake, 4, fake.length, (byte) 0x41);
        assertRefused("media.image.notAnImage", "photo.jpg", fake);
        // GIF, BMP and the like are not accepted whatever their name.
        assertRefused("media.image.notAnImage", "photo.gif", TestImages.encode(TestImages.picture(20, 20,
                BufferedImage.TYPE_INT_RGB), "gif"));
        assertRefused("media.image.notAnImage", "photo.png", TestImages.encode(TestImages.picture(20, 20,
                BufferedImage.TYPE_INT_RGB), "bmp"));

        FieldError mismatch = assertRefused("media.image.extensionMismatch", "photo.jpg", TestImages.png(40, 30));
        assertEquals(List.of("jpg", "PNG"), mismatch.args());
        assertRefused("media.image.extensionMismatch", "photo.PNG", TestImages.jpeg(40, 30));
        assertRefused("media.image.extensionMismatch", "photo.jpg", TestImages.webp());
        assertRefused("media.image.extensionMismatch", "invoice.pdf", TestImages.jpeg(40, 30));
        assertEquals("Tên tệp có đuôi .jpg nhưng nội dung là ảnh PNG; hãy đổi tên tệp cho đúng.",
                mismatch.text(Locale.forLanguageTag("vi")));
    }

    @Test
    void overTenMegabytesIsRefusedBeforeAnythingIsRead() {
        byte[] big = Arrays.copyOf(TestImages.jpeg(200, 100), 11 * 1024 * 1024);
        FieldError error = assertRefused("media.image.tooLarge", "big.jpg", big);
        assertEquals(List.of(10), error.args());
        assertEquals("The photo is too large: at most 10 MB.", error.text(Locale.ENGLISH));
        // Exactly the limit is accepted (the padding after the JPEG's end is ignored).
        byte[] atLimit = Arrays.copyOf(TestImages.jpeg(200, 100), ImageProcessing.MAX_BYTES);
        assertEquals("image/jpeg", processing.process("edge.jpg", atLimit).sourceType());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        FieldError error = assertRefused("media.image.tooManyPixels", "bomb.png", TestImages.pngHeaderOnly(20_000, 20_000));
        assertEquals(List.of(20_000, 20_000, 40L), error.args());
        assertRefused("media.image.tooManyPixels", "strip.png", TestImages.pngHeaderOnly(50_000, 10));
        assertRefused("media.image.tooManyPixels", "square.png", TestImages.pngHeaderOnly(8_000, 8_000));
    }

    private FieldError assertRefused(String code, String name, byte[] bytes) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> processing.process(name, bytes));
        assertEquals(1, e.errors().size());
        FieldError error = e.errors().getFirst();
        assertEquals("image", error.field());
        assertEquals(code, error.code(), name);
        return error;
    }
}

package vn.ocop.market.payment.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import vn.ocop.market.payment.VietQrPayload;
import vn.ocop.market.shared.Vnd;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodesTest {

    private static final String PAYLOAD =
            VietQrPayload.of("970436", "0311000724156", Vnd.of(385_000), "OCOP DH000123").encode();

    @Test
    void aRenderedPngScansBackToThePayload() throws Exception {
        byte[] png = QrCodes.png(PAYLOAD, 300);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() <= 300 && image.getWidth() >= 200, "size " + image.getWidth());
        assertEquals(image.getWidth(), image.getHeight());
        assertEquals(PAYLOAD, decode(image));
    }

    @Test
    void theDataUrlHoldsTheSamePng() throws Exception {
        String url = QrCodes.pngDataUrl(PAYLOAD, 240);
        assertTrue(url.startsWith("data:image/png;base64,"));
        byte[] png = Base64.getDecoder().decode(url.substring("data:image/png;base64,".length()));
        assertEquals(PAYLOAD, decode(ImageIO.read(new ByteArrayInputStream(png))));
    }

    @Test
    void theSvgDrawsTheSameModules() throws Exception {
        String svg = QrCodes.svg(PAYLOAD);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        int modules = Integer.parseInt(box.group(1));
        assertEquals(QrCodes.matrix(PAYLOAD).getWidth(), modules);
        // Paint each "M x y h w v1 h-w z" run at 6 px per module and read the picture back.
        int scale = 6;
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int w = Integer.parseInt(run.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + w) * scale; x++) {
                    image.setRGB(x, y, 0x000000);
                }
            }
        }
        assertEquals(PAYLOAD, decode(image));
    }

    @Test
    void vietnameseTextRoundTripsAsUtf8() throws Exception {
        String text = "Hợp tác xã Chè Tân Cương – Thái Nguyên";
        assertEquals(text, decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 200)))));
    }

    @Test
    void aTinyRequestedSizeStillGivesOnePixelPerModule() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(PAYLOAD, 10)));
        assertEquals(QrCodes.matrix(PAYLOAD).getWidth(), image.getWidth());
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("", 100));
    }

    private static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}

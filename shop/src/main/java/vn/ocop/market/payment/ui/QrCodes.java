package vn.ocop.market.payment.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * Draws a QR code for a payload (a VietQR transfer, say) as a PNG or an SVG. Error correction M
 * (15 %), as banks print VietQR codes; a 4-module quiet zone; every module a whole number of pixels,
 * so phone cameras read it from a screen. ASCII payloads are encoded without an ECI header, which
 * some banking apps reject; other text is encoded as UTF-8.
 */
public final class QrCodes {

    /** Modules in the quiet zone around the code, as the QR standard asks. */
    public static final int QUIET_ZONE = 4;

    private static final int DARK = 0xFF000000;
    private static final int LIGHT = 0xFFFFFFFF;

    private QrCodes() {
    }

    /** A PNG at most {@code sizePx} wide (larger only when that is less than a pixel per module). */
    public static byte[] png(String payload, int sizePx) {
        BitMatrix matrix = matrix(payload);
        int modules = matrix.getWidth();
        int scale = Math.max(1, sizePx / modules);
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / scale, y / scale) ? DARK : LIGHT);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG as a {@code data:image/png;base64,…} URL, for an {@code <img src>}. */
    public static String pngDataUrl(String payload, int sizePx) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(payload, sizePx));
    }

    /** A scalable SVG, one unit per module: dark runs of each row as one path on a white square. */
    public static String svg(String payload) {
        BitMatrix matrix = matrix(payload);
        int n = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start)
                        .append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The code's modules, quiet zone included, one bit per module. */
    static BitMatrix matrix(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new IllegalArgumentException("nothing to encode");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(payload)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Width and height 0: one pixel per module; callers scale by whole pixels.
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload cannot be drawn as a QR code: " + e.getMessage(), e);
        }
    }
}

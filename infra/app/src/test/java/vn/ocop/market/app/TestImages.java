package vn.ocop.market.app;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Photos for the media tests, made here: JPEG (with and without EXIF GPS), PNG, WebP, and a bomb's header. */
final class TestImages {

    private TestImages() {
    }

    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2e7d32), width, height, new Color(0xf9a825)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A 640×480 WebP (lossy VP8), made with cwebp; ImageIO cannot write WebP. */
    static byte[] webp() {
        try (InputStream in = TestImages.class.getResourceAsStream("/media/photo-640x480.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latitude the EXIF of {@link #jpegWithGps} carries, as its TIFF bytes (21°01'30" N, Hà Nội). */
    static final String GPS_MARK = "OCOP-GPS-MARK";

    /**
     * A JPEG whose APP1 segment is EXIF with a GPS directory (latitude N 21/1 1/1 30/1) and an
     * image description {@link #GPS_MARK}, as a phone writes one.
     */
    static byte[] jpegWithGps(int width, int height) {
        return withExif(jpeg(width, height), exifTiff());
    }

    /** A JPEG of width × height pixels whose EXIF says to show it turned (6: a quarter clockwise). */
    static byte[] jpegWithOrientation(int width, int height, int orientation) {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 1);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        return withExif(jpeg(width, height), b.array());
    }

    private static byte[] withExif(byte[] plain, byte[] tiff) {
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(tiff);
        // After SOI and the JFIF APP0 segment.
        int app0Length = ((plain[4] & 0xff) << 8) | (plain[5] & 0xff);
        int at = 2 + 2 + app0Length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, at);
        out.writeBytes(app1.array());
        out.write(plain, at, plain.length - at);
        return out.toByteArray();
    }

    private static byte[] exifTiff() {
        byte[] description = (GPS_MARK + "\0").getBytes(StandardCharsets.US_ASCII);
        // Layout: header (8), IFD0 with 2 entries (2 + 24 + 4) at 8, GPS IFD with 2 entries at 38,
        // the latitude (3 rationals, 24 bytes) at 68, the description at 92.
        ByteBuffer b = ByteBuffer.allocate(92 + description.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(92); // ImageDescription
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);                  // GPSInfo IFD
        b.putInt(0);
        b.putShort((short) 2);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
        b.putInt(0);
        b.putInt(21).putInt(1).putInt(1).putInt(1).putInt(30).putInt(1);
        b.put(description);
        return b.array();
    }

    /** A PNG that announces width × height in its header, with no pixels behind it. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Whether the JPEG has an APP1 (EXIF/XMP) segment before its scan. */
    static boolean hasApp1(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xFF) {
            int marker = jpeg[i + 1] & 0xff;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return false;
    }

    static boolean contains(byte[] data, String text) {
        byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

package vn.ocop.market.media;

import java.awt.image.BufferedImage;

/**
 * The EXIF orientation a phone writes instead of turning the pixels: read from the JPEG's APP1
 * segment, applied to the pixels before the metadata is dropped, so a portrait photo stays upright.
 * Only the rotations (3, 6, 8) are honoured; mirrored orientations are rare and left as stored.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** Clockwise quarter turns the JPEG asks for: 0 to 3. */
    static int quarterTurns(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xFF) {
            int marker = jpeg[i + 1] & 0xff;
            int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
            if (marker == 0xDA || length < 2) {
                return 0;
            }
            if (marker == 0xE1 && length >= 16 && i + 2 + length <= jpeg.length && jpeg[i + 4] == 'E'
                    && jpeg[i + 5] == 'x' && jpeg[i + 6] == 'i' && jpeg[i + 7] == 'f') {
                return turns(orientation(jpeg, i + 10, i + 2 + length));
            }
            i += 2 + length;
        }
        return 0;
    }

    private static int turns(int orientation) {
        return switch (orientation) {
            case 3 -> 2;
            case 6 -> 1;
            case 8 -> 3;
            default -> 0;
        };
    }

    /** Tag 0x0112 of IFD0 in the TIFF structure at {@code start}, or 1 (as stored). */
    private static int orientation(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean little = b[start] == 'I' && b[start + 1] == 'I';
        if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) {
            return 1;
        }
        long ifd = start + (long) u32(b, start + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, (int) ifd, little);
        for (int e = 0; e < entries; e++) {
            int at = (int) ifd + 2 + e * 12;
            if (at + 12 > end) {
                return 1;
            }
            if (u16(b, at, little) == 0x0112) {
                return u16(b, at + 8, little);
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xff;
        int y = b[at + 1] & 0xff;
        return little ? x | y << 8 : x << 8 | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long hi = u16(b, little ? at + 2 : at, little);
        long lo = u16(b, little ? at : at + 2, little);
        return hi << 16 | lo;
    }

    /** The picture turned clockwise by the given quarter turns. */
    static BufferedImage rotate(BufferedImage image, int turns) {
        if (turns == 0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(turns % 2 == 1 ? h : w, turns % 2 == 1 ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (turns) {
                    case 1 -> out.setRGB(h - 1 - y, x, rgb);
                    case 2 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return out;
    }
}

package vn.ocop.market.media;

import jakarta.inject.Singleton;
import net.coobird.thumbnailator.Thumbnails;
import vn.ocop.market.shared.InvalidInputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an uploaded photo and makes its stored sizes. The type is decided by the content (its
 * magic bytes, then a successful decode), never by the file name; a name whose extension says
 * otherwise is refused, and so are uploads over {@link #MAX_BYTES} and images whose header
 * announces more than {@link #MAX_SIDE} pixels a side or {@link #MAX_PIXELS} in all (read before
 * anything is decoded, so a small file cannot unpack into gigabytes). Every size is re-encoded as
 * JPEG, which leaves EXIF, GPS and any other metadata behind.
 */
@Singleton
public class ImageProcessing {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_SIDE = 12_000;
    public static final long MAX_PIXELS = 40_000_000L;
    static final float JPEG_QUALITY = 0.8f;
    static final String FIELD = "image";

    private static final Set<String> JPEG_NAMES = Set.of("jpg", "jpeg", "jpe", "jfif");

    static {
        ImageIO.setUseCache(false);
        // Plug-ins (WebP) that arrived after ImageIO first looked.
        ImageIO.scanForPlugins();
    }

    /** The content types accepted, by what the bytes are. */
    enum SourceType {
        JPEG("image/jpeg", "jpeg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

        final String contentType;
        final String formatName;

        SourceType(String contentType, String formatName) {
            this.contentType = contentType;
            this.formatName = formatName;
        }

        boolean matchesExtension(String ext) {
            return switch (this) {
                case JPEG -> JPEG_NAMES.contains(ext);
                case PNG -> ext.equals("png");
                case WEBP -> ext.equals("webp");
            };
        }
    }

    /**
     * Checks the upload and makes its sizes.
     *
     * @param fileName the name the browser sent (may be null); only its extension is looked at
     * @throws InvalidInputException on field {@code image}: {@code media.image.tooLarge},
     *                               {@code media.image.notAnImage}, {@code media.image.extensionMismatch},
     *                               {@code media.image.tooManyPixels}
     */
    public ProcessedImage process(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(FIELD, "media.image.notAnImage");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(FIELD, "media.image.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        SourceType type = sniff(bytes);
        if (type == null) {
            throw InvalidInputException.of(FIELD, "media.image.notAnImage");
        }
        String ext = extension(fileName);
        if (ext != null && !type.matchesExtension(ext)) {
            throw InvalidInputException.of(FIELD, "media.image.extensionMismatch", ext, type.formatName.toUpperCase(Locale.ROOT));
        }
        Decoded decoded = decode(type, bytes);
        String hash = ImageKeys.sha256(bytes);
        List<ProcessedImage.Rendition> sizes = new ArrayList<>();
        int turns = type == SourceType.JPEG ? ExifOrientation.quarterTurns(bytes) : 0;
        BufferedImage rgb = ExifOrientation.rotate(flatten(decoded.image()), turns);
        for (ImageSize size : ImageSize.values()) {
            sizes.add(render(rgb, size));
        }
        boolean sideways = turns % 2 == 1;
        return new ProcessedImage(type.contentType, sideways ? decoded.height() : decoded.width(),
                sideways ? decoded.width() : decoded.height(), hash, List.copyOf(sizes));
    }

    /** What the magic bytes say, or null when they name none of the accepted types. */
    static SourceType sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return SourceType.JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return SourceType.PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return SourceType.WEBP;
        }
        return null;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The decoded picture (perhaps subsampled) and the upload's own dimensions. */
    private record Decoded(BufferedImage image, int width, int height) {
    }

    /**
     * Reads the header's dimensions first and refuses a bomb; then decodes, skipping pixels of a
     * picture more than twice as wide as the largest size (so a 40-megapixel photo does not take
     * hundreds of megabytes of heap); the high-quality resize to each size follows.
     */
    private static Decoded decode(SourceType type, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName);
            if (in == null || !readers.hasNext()) {
                throw InvalidInputException.of(FIELD, "media.image.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw InvalidInputException.of(FIELD, "media.image.tooManyPixels", width, height,
                            MAX_PIXELS / 1_000_000);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(width / (2 * ImageSize.ZOOM.width()), height));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw InvalidInputException.of(FIELD, "media.image.notAnImage");
                }
                return new Decoded(image, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw InvalidInputException.of(FIELD, "media.image.notAnImage");
        }
    }

    /** The picture on white, without alpha or an indexed palette, which JPEG cannot carry. */
    private static BufferedImage flatten(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static ProcessedImage.Rendition render(BufferedImage rgb, ImageSize size) {
        int width = Math.min(size.width(), rgb.getWidth());
        int height = Math.max(1, (int) Math.round((double) rgb.getHeight() * width / rgb.getWidth()));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(rgb).forceSize(width, height).outputFormat("jpg").outputQuality(JPEG_QUALITY).toOutputStream(out);
            byte[] bytes = out.toByteArray();
            return new ProcessedImage.Rendition(size, ImageKeys.of(bytes, "jpg"), width, height, "image/jpeg", bytes);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a " + width + "x" + height + " JPEG", e);
        }
    }
}

package vn.ocop.market.app;

import vn.ocop.market.product.ProductGroup;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the demo catalog's product photos: a label-like illustration per product (its package shape
 * from the unit, its name and producer on the label, an OCOP star stamp) and a second, back-label
 * view with its origin. Each product gets its own pictures; nothing is copied from anywhere. The
 * font is the project's own copy of Noto Sans (SIL Open Font License), so Vietnamese text renders
 * the same on any machine.
 */
final class DemoPhotos {

    static final int SIDE = 900;

    private static final Font REGULAR = font("/fonts/NotoSans-Regular.ttf");
    private static final Font BOLD = font("/fonts/NotoSans-Bold.ttf");

    /** What the label says. */
    record Label(String code, String name, String producer, ProductGroup group, String unit, int stars,
                 String origin) {
    }

    private DemoPhotos() {
    }

    /** The front view: the package with its label. */
    static byte[] front(Label label) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Color base = colour(label);
        g.setPaint(new GradientPaint(0, 0, base.brighter(), SIDE, SIDE, base.darker()));
        g.fillRect(0, 0, SIDE, SIDE);
        // A table top the package stands on.
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new Ellipse2D.Double(SIDE * 0.18, SIDE * 0.84, SIDE * 0.64, SIDE * 0.08));

        Shape pack = packageShape(label);
        g.setColor(packageColour(label, base));
        g.fill(pack);
        g.setColor(new Color(0, 0, 0, 70));
        g.setStroke(new BasicStroke(4f));
        g.draw(pack);

        // The label on the package.
        RoundRectangle2D paper = new RoundRectangle2D.Double(SIDE * 0.27, SIDE * 0.44, SIDE * 0.46, SIDE * 0.34, 28, 28);
        g.setColor(new Color(255, 252, 240));
        g.fill(paper);
        g.setColor(base.darker());
        g.setStroke(new BasicStroke(3f));
        g.draw(paper);
        g.setColor(new Color(40, 30, 20));
        drawWrapped(g, label.name(), BOLD.deriveFont(34f), paper.getX() + 18, paper.getY() + 20, paper.getWidth() - 36, 4);
        g.setColor(new Color(90, 70, 50));
        drawWrapped(g, label.producer(), REGULAR.deriveFont(22f), paper.getX() + 18,
                paper.getY() + paper.getHeight() - 64, paper.getWidth() - 36, 2);

        stamp(g, label.stars(), SIDE * 0.80, SIDE * 0.16);
        g.setColor(new Color(255, 255, 255, 230));
        g.setFont(BOLD.deriveFont(30f));
        g.drawString(label.unit() == null ? "" : label.unit(), 40, 64);
        g.dispose();
        return jpeg(image);
    }

    /** The back view: where it comes from and what the package holds. */
    static byte[] back(Label label) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Color base = colour(label);
        g.setColor(new Color(250, 246, 236));
        g.fillRect(0, 0, SIDE, SIDE);
        g.setColor(base);
        g.fillRect(0, 0, SIDE, 150);
        g.setColor(Color.WHITE);
        drawWrapped(g, label.name(), BOLD.deriveFont(40f), 48, 24, SIDE - 96, 2);
        g.setColor(new Color(50, 40, 30));
        double y = drawWrapped(g, label.producer(), BOLD.deriveFont(30f), 48, 190, SIDE - 96, 2);
        if (label.origin() != null && !label.origin().isBlank()) {
            y = drawWrapped(g, label.origin(), REGULAR.deriveFont(28f), 48, y + 24, SIDE - 96, 8);
        }
        g.setColor(base.darker());
        g.setStroke(new BasicStroke(3f));
        g.drawLine(48, (int) y + 30, SIDE - 48, (int) y + 30);
        g.setColor(new Color(70, 60, 50));
        drawWrapped(g, (label.unit() == null ? "" : label.unit()) + " · " + label.code(), REGULAR.deriveFont(26f),
                48, y + 50, SIDE - 96, 2);
        stamp(g, label.stars(), SIDE * 0.78, SIDE * 0.80);
        g.dispose();
        return jpeg(image);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** The group's colour, shifted a little per product so that neighbours differ. */
    private static Color colour(Label label) {
        float hue = switch (label.group()) {
            case FOOD -> 0.08f;
            case BEVERAGE -> 0.30f;
            case HERBAL -> 0.22f;
            case HANDICRAFTS -> 0.58f;
            case ORNAMENTAL -> 0.40f;
            case TOURISM -> 0.52f;
        };
        float shift = (Math.floorMod(label.code().hashCode(), 13) - 6) / 200f;
        return Color.getHSBColor(hue + shift, 0.45f, 0.78f);
    }

    private static Color packageColour(Label label, Color base) {
        String unit = unit(label);
        if (unit.startsWith("chai") || unit.startsWith("hũ") || unit.startsWith("lọ")) {
            return new Color(150, 90, 30, 235);
        }
        if (label.group() == ProductGroup.TOURISM) {
            return new Color(60, 120, 70);
        }
        float[] hsb = Color.RGBtoHSB(base.getRed(), base.getGreen(), base.getBlue(), null);
        return Color.getHSBColor(hsb[0] + 0.5f, 0.35f, 0.55f);
    }

    /** A bottle, a jar, a bag, a box or a scene, from the product's unit and group. */
    private static Shape packageShape(Label label) {
        String unit = unit(label);
        double s = SIDE;
        if (label.group() == ProductGroup.TOURISM) {
            Path2D hills = new Path2D.Double();
            hills.moveTo(s * 0.08, s * 0.86);
            hills.curveTo(s * 0.25, s * 0.30, s * 0.40, s * 0.36, s * 0.52, s * 0.58);
            hills.curveTo(s * 0.62, s * 0.28, s * 0.80, s * 0.30, s * 0.92, s * 0.86);
            hills.closePath();
            return hills;
        }
        if (unit.startsWith("chai")) {
            GeneralPath bottle = new GeneralPath();
            bottle.moveTo(s * 0.44, s * 0.12);
            bottle.lineTo(s * 0.56, s * 0.12);
            bottle.lineTo(s * 0.56, s * 0.28);
            bottle.curveTo(s * 0.70, s * 0.34, s * 0.74, s * 0.40, s * 0.74, s * 0.50);
            bottle.lineTo(s * 0.74, s * 0.86);
            bottle.lineTo(s * 0.26, s * 0.86);
            bottle.lineTo(s * 0.26, s * 0.50);
            bottle.curveTo(s * 0.26, s * 0.40, s * 0.30, s * 0.34, s * 0.44, s * 0.28);
            bottle.closePath();
            return bottle;
        }
        if (unit.startsWith("hũ") || unit.startsWith("lọ") || unit.startsWith("chậu")) {
            return new RoundRectangle2D.Double(s * 0.22, s * 0.30, s * 0.56, s * 0.56, 90, 90);
        }
        if (unit.startsWith("gói") || unit.startsWith("túi")) {
            GeneralPath bag = new GeneralPath();
            bag.moveTo(s * 0.24, s * 0.22);
            bag.lineTo(s * 0.76, s * 0.22);
            bag.curveTo(s * 0.80, s * 0.50, s * 0.80, s * 0.70, s * 0.78, s * 0.86);
            bag.lineTo(s * 0.22, s * 0.86);
            bag.curveTo(s * 0.20, s * 0.70, s * 0.20, s * 0.50, s * 0.24, s * 0.22);
            bag.closePath();
            return bag;
        }
        return new RoundRectangle2D.Double(s * 0.20, s * 0.26, s * 0.60, s * 0.60, 20, 20);
    }

    private static String unit(Label label) {
        return label.unit() == null ? "" : label.unit().toLowerCase(Locale.ROOT);
    }

    /** A round OCOP stamp with its stars. */
    private static void stamp(Graphics2D g, int stars, double cx, double cy) {
        double r = 82;
        g.setColor(new Color(200, 30, 40));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(new Color(255, 215, 60));
        g.setStroke(new BasicStroke(5f));
        g.draw(new Ellipse2D.Double(cx - r + 8, cy - r + 8, 2 * r - 16, 2 * r - 16));
        g.setFont(BOLD.deriveFont(38f));
        FontMetrics m = g.getFontMetrics();
        g.drawString("OCOP", (float) (cx - m.stringWidth("OCOP") / 2.0), (float) (cy + 4));
        int shown = Math.max(1, Math.min(5, stars));
        double size = 10;
        double start = cx - (shown - 1) * size * 1.15;
        for (int i = 0; i < shown; i++) {
            g.fill(star(start + i * size * 2.3, cy + 38, size));
        }
    }

    private static Shape star(double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double x = cx + radius * Math.cos(angle);
            double y = cy - radius * Math.sin(angle);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    /** Draws text wrapped to a width, at most {@code maxLines}; answers the y below the last line. */
    private static double drawWrapped(Graphics2D g, String text, Font font, double x, double top, double width,
                                      int maxLines) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (m.stringWidth(tried) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            lines.set(maxLines - 1, lines.get(maxLines - 1) + "…");
        }
        double y = top;
        for (String l : lines) {
            y += m.getAscent();
            g.drawString(l, (float) x, (float) y);
            y += m.getDescent() + m.getLeading();
        }
        return y;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(200_000);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static Font font(String resource) {
        try (InputStream in = DemoPhotos.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load " + resource + ": " + e.getMessage(), e);
        }
    }
}

package io.suishoupai.shared.storage;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * Blacks out regions of a photo (faces, number plates) with the JDK's own image I/O: decoded, painted over and
 * encoded again in its own format, JPEG or PNG — so nothing of what was under a region survives in the copy, and
 * the copy carries no metadata. Plain Java, unit-tested without the app.
 */
public final class Redaction {

    /** A region in pixels of the image as stored: x, y from the top left, width and height. */
    public record Region(int x, int y, int w, int h) {
    }

    /** Why a region cannot be redacted, or the image not read. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** The photo is no image the JDK can decode. */
    public static final class Unreadable extends Refused {
        public Unreadable() {
            super("the photo cannot be decoded");
        }
    }

    private Redaction() {
    }

    /** The formats redaction reads and writes, by content type: the image I/O format name. */
    public static Optional<String> format(String contentType) {
        return switch (contentType == null ? "" : contentType) {
            case "image/jpeg" -> Optional.of("jpg");
            case "image/png" -> Optional.of("png");
            default -> Optional.empty();
        };
    }

    /** The redacted copy; {@link Refused} when the image cannot be read or a region leaves it. */
    public static byte[] redact(byte[] image, String format, List<Region> regions) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new Unreadable();
        }
        if (decoded == null) {
            throw new Unreadable();
        }
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        for (Region r : regions) {
            if (r.x() < 0 || r.y() < 0 || r.w() < 1 || r.h() < 1 || (long) r.x() + r.w() > width
                    || (long) r.y() + r.h() > height) {
                throw new Refused("region " + r.x() + "," + r.y() + " " + r.w() + "x" + r.h()
                        + " leaves the image (" + width + "x" + height + ")");
            }
        }
        // JPEG has no alpha: paint on an RGB copy, so the encoder takes it (and PNG keeps its own type)
        BufferedImage canvas = "jpg".equals(format) && decoded.getType() != BufferedImage.TYPE_INT_RGB
                ? copy(decoded, BufferedImage.TYPE_INT_RGB) : decoded;
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.BLACK);
            for (Region r : regions) {
                g.fillRect(r.x(), r.y(), r.w(), r.h());
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
        try {
            if (!ImageIO.write(canvas, format, out)) {
                throw new Refused("the photo cannot be encoded as " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage copy(BufferedImage source, int type) {
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}

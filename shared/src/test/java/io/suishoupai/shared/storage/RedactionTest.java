package io.suishoupai.shared.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class RedactionTest {

    static byte[] white(String format, int w, int h) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static int brightness(byte[] image, int x, int y) throws Exception {
        int rgb = ImageIO.read(new ByteArrayInputStream(image)).getRGB(x, y);
        return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
    }

    @Test
    void aRegionIsBlackInTheCopyAndTheRestUntouched() throws Exception {
        for (String format : List.of("png", "jpg")) {
            byte[] copy = Redaction.redact(white(format, 200, 100), format, List.of(new Redaction.Region(20, 10, 40, 30)));
            assertTrue(brightness(copy, 40, 25) < 30, format + ": inside the region");
            assertTrue(brightness(copy, 150, 80) > 700, format + ": outside it");
            assertEquals(200, ImageIO.read(new ByteArrayInputStream(copy)).getWidth());
        }
    }

    @Test
    void aRegionLeavingTheImageOrAnUnreadablePhotoIsRefused() throws Exception {
        byte[] png = white("png", 200, 100);
        assertThrows(Redaction.Refused.class, () -> Redaction.redact(png, "png", List.of(new Redaction.Region(190, 0, 20, 10))));
        assertThrows(Redaction.Refused.class, () -> Redaction.redact(png, "png", List.of(new Redaction.Region(-1, 0, 5, 5))));
        assertThrows(Redaction.Refused.class, () -> Redaction.redact(png, "png", List.of(new Redaction.Region(0, 0, 0, 5))));
        assertThrows(Redaction.Unreadable.class, () -> Redaction.redact(new byte[] {1, 2, 3}, "png",
                List.of(new Redaction.Region(0, 0, 5, 5))));
        assertEquals("jpg", Redaction.format("image/jpeg").orElseThrow());
        assertTrue(Redaction.format("video/mp4").isEmpty());
    }
}

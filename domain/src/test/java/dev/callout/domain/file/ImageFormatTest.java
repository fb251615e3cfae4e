package dev.callout.domain.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageFormatTest {

    static byte[] encode(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "gif"})
    void realImagesAreRecognisedByTheirBytes(String format) throws IOException {
        ImageFormat expected = switch (format) {
            case "jpg" -> ImageFormat.JPEG;
            case "png" -> ImageFormat.PNG;
            default -> ImageFormat.GIF;
        };
        assertThat(ImageFormat.detect(encode(format))).contains(expected);
    }

    @Test
    void webpIsRecognisedByItsRiffHeader() {
        byte[] webp = "RIFF\u0004\u0000\u0000\u0000WEBP".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageFormat.detect(webp)).contains(ImageFormat.WEBP);
        byte[] wave = "RIFF\u0004\u0000\u0000\u0000WAVE".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageFormat.detect(wave)).isEmpty();
    }

    @Test
    void aRenamedExecutableOrAScriptIsNoImage() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        byte[] windowsExe = {'M', 'Z', (byte) 0x90, 0};
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII);
        assertThat(ImageFormat.detect(elf)).isEmpty();
        assertThat(ImageFormat.detect(windowsExe)).isEmpty();
        assertThat(ImageFormat.detect(script)).isEmpty();
        assertThat(ImageFormat.detect(html)).isEmpty();
        assertThat(ImageFormat.detect(new byte[0])).isEmpty();
        assertThat(ImageFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    @Test
    void mediaTypesAreTheStandardOnes() {
        assertThat(ImageFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageFormat.WEBP.mediaType()).isEqualTo("image/webp");
    }
}

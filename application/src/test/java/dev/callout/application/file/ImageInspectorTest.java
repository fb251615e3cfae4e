package dev.callout.application.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.file.ImageInspector.Inspection;
import dev.callout.domain.file.ImageFormat;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole images pass; truncated, corrupt and absurdly large ones do not, with the decoders the server ships. */
class ImageInspectorTest {

    private final ImageInspector inspector = new ImageInspector(FileLimits.DEFAULT.maxImagePixels());

    static Stream<Arguments> wholeImages() {
        return Stream.of(
                Arguments.of("JPEG", ImageFormat.JPEG, TestImages.encoded("jpg"), 1),
                Arguments.of("PNG", ImageFormat.PNG, TestImages.encoded("png"), 1),
                Arguments.of("GIF", ImageFormat.GIF, TestImages.encoded("gif"), 1),
                Arguments.of("animated GIF", ImageFormat.GIF, TestImages.animatedGif(), 3),
                Arguments.of("lossy WebP", ImageFormat.WEBP, TestImages.resource("photo.webp"), 1),
                Arguments.of("lossless WebP", ImageFormat.WEBP, TestImages.resource("lossless.webp"), 1),
                Arguments.of("animated WebP", ImageFormat.WEBP, TestImages.resource("anim.webp"), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeImages")
    void aWholeImageDecodes(String name, ImageFormat format, byte[] image, int frames) {
        assertThat(inspector.inspect(format, image)).isEqualTo(new Inspection.Whole(64, 48, frames));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeImages")
    void theSameImageCutShortAnywhereInItsPixelsIsDamaged(String name, ImageFormat format, byte[] image, int frames) {
        for (int cut : new int[] {10, 40, image.length / 3, image.length / 2, image.length * 3 / 4}) {
            assertThat(inspector.inspect(format, Arrays.copyOf(image, cut))).as("%s cut at %d of %d", name, cut, image.length)
                    .isEqualTo(new Inspection.Damaged());
        }
    }

    @Test
    void aTenByteGifIsNoImage() {
        byte[] gif = Arrays.copyOf(TestImages.encoded("gif"), 10);
        assertThat(inspector.inspect(ImageFormat.GIF, gif)).isEqualTo(new Inspection.Damaged());
    }

    @Test
    void aJpegWithoutItsEndOrWithCorruptDataIsDamaged() {
        byte[] jpeg = TestImages.encoded("jpg");
        assertThat(inspector.inspect(ImageFormat.JPEG, Arrays.copyOf(jpeg, jpeg.length - 2))).as("no end of image marker")
                .isEqualTo(new Inspection.Damaged());
        byte[] corrupt = jpeg.clone();
        for (int i = corrupt.length / 2; i < corrupt.length / 2 + 40; i++) {
            corrupt[i] = (byte) 0xFF;
        }
        assertThat(inspector.inspect(ImageFormat.JPEG, corrupt)).isEqualTo(new Inspection.Damaged());
    }

    @Test
    void anAnimatedGifMissingItsLastFrameIsDamaged() {
        byte[] gif = TestImages.animatedGif();
        assertThat(inspector.inspect(ImageFormat.GIF, Arrays.copyOf(gif, gif.length - 30))).isEqualTo(new Inspection.Damaged());
        assertThat(inspector.inspect(ImageFormat.GIF, Arrays.copyOf(gif, gif.length - 1))).as("without its trailer")
                .isEqualTo(new Inspection.Damaged());
    }

    @Test
    void bytesOfAnotherFormatAreDamaged() {
        assertThat(inspector.inspect(ImageFormat.PNG, TestImages.encoded("jpg"))).isEqualTo(new Inspection.Damaged());
        assertThat(inspector.inspect(ImageFormat.WEBP, TestImages.encoded("png"))).isEqualTo(new Inspection.Damaged());
    }

    @Test
    void aPngDeclaringTenBillionPixelsIsRefusedBeforeDecoding() {
        byte[] png = TestImages.encoded("png");
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());

        assertThat(inspector.inspect(ImageFormat.PNG, png)).isEqualTo(new Inspection.TooLarge());
    }

    @Test
    void aJpegDeclaringFourBillionPixelsIsRefusedBeforeDecoding() {
        byte[] jpeg = TestImages.encoded("jpg");
        int sof = 2;
        while (!((jpeg[sof] & 0xFF) == 0xFF && (jpeg[sof + 1] & 0xFF) == 0xC0)) {
            sof++;
        }
        ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 65_000).putShort((short) 65_000);

        assertThat(inspector.inspect(ImageFormat.JPEG, jpeg)).isEqualTo(new Inspection.TooLarge());
    }

    @Test
    void theLimitCountsEveryFrame() {
        ImageInspector small = new ImageInspector(64 * 48 * 2);
        assertThat(small.inspect(ImageFormat.GIF, TestImages.encoded("gif"))).isInstanceOf(Inspection.Whole.class);
        assertThat(small.inspect(ImageFormat.GIF, TestImages.animatedGif())).isEqualTo(new Inspection.TooLarge());
    }
}

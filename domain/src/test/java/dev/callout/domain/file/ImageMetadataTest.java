package dev.callout.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageMetadataTest {

    private static final byte[] GPS_MARKER = "GPSLatitude=14.5547;GPSLongitude=121.0244".getBytes(StandardCharsets.US_ASCII);

    @Test
    void jpegLosesItsExifButKeepsItsPixels() throws IOException {
        byte[] plain = ImageFormatTest.encode("jpg");
        byte[] withExif = insertJpegSegment(plain, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), GPS_MARKER));
        assertThat(contains(withExif, GPS_MARKER)).isTrue();

        byte[] stripped = ImageMetadata.strip(ImageFormat.JPEG, withExif);

        assertThat(contains(stripped, GPS_MARKER)).isFalse();
        assertThat(stripped).isEqualTo(ImageMetadata.strip(ImageFormat.JPEG, plain));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stripped));
        assertThat(decoded.getWidth()).isEqualTo(4);
        assertThat(decoded.getHeight()).isEqualTo(3);
    }

    @Test
    void pngLosesItsExifAndTextChunksButStaysDecodable() throws IOException {
        byte[] plain = ImageFormatTest.encode("png");
        byte[] withMetadata = insertPngChunkAfterHeader(insertPngChunkAfterHeader(plain, "eXIf", GPS_MARKER), "tEXt",
                concat("Comment\0".getBytes(StandardCharsets.US_ASCII), GPS_MARKER));

        byte[] stripped = ImageMetadata.strip(ImageFormat.PNG, withMetadata);

        assertThat(contains(stripped, GPS_MARKER)).isFalse();
        assertThat(stripped).isEqualTo(plain);
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(4);
    }

    @Test
    void webpLosesItsExifChunkAndFlagAndTheRiffSizeIsRecomputed() {
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x08 | 0x04 | 0x10; // EXIF, XMP and alpha flags
        byte[] image = webp(chunk("VP8X", vp8x), chunk("VP8L", new byte[] {0x2F, 1, 2}), chunk("EXIF", GPS_MARKER),
                chunk("XMP ", GPS_MARKER));

        byte[] stripped = ImageMetadata.strip(ImageFormat.WEBP, image);

        assertThat(contains(stripped, GPS_MARKER)).isFalse();
        assertThat(ImageFormat.detect(stripped)).contains(ImageFormat.WEBP);
        int riffSize = ByteBuffer.wrap(stripped, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(riffSize).isEqualTo(stripped.length - 8);
        assertThat(stripped[20] & 0xFF).as("only the alpha flag is left").isEqualTo(0x10);
        assertThat(new String(stripped, 12 + 18, 4, StandardCharsets.ISO_8859_1)).isEqualTo("VP8L");
    }

    @Test
    void gifIsPassedThroughUnchanged() throws IOException {
        byte[] gif = ImageFormatTest.encode("gif");
        assertThat(ImageMetadata.strip(ImageFormat.GIF, gif)).isEqualTo(gif);
    }

    @Test
    void truncatedOrForgedStructureIsRefusedNotPassedThrough() throws IOException {
        byte[] jpeg = ImageFormatTest.encode("jpg");
        assertThatThrownBy(() -> ImageMetadata.strip(ImageFormat.JPEG, Arrays.copyOf(jpeg, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] png = ImageFormatTest.encode("png");
        byte[] lying = png.clone();
        ByteBuffer.wrap(lying, 8, 4).putInt(Integer.MAX_VALUE); // IHDR claims to be huge
        assertThatThrownBy(() -> ImageMetadata.strip(ImageFormat.PNG, lying)).isInstanceOf(IllegalArgumentException.class);
        byte[] webp = webp(chunk("VP8L", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> ImageMetadata.strip(ImageFormat.WEBP, Arrays.copyOf(webp, webp.length - 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] insertJpegSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] insertPngChunkAfterHeader(byte[] png, String type, byte[] data) {
        int afterIhdr = 8 + 12 + ByteBuffer.wrap(png, 8, 4).getInt();
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        chunk.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
        return concat(Arrays.copyOf(png, afterIhdr), chunk.array(), Arrays.copyOfRange(png, afterIhdr, png.length));
    }

    private static byte[] chunk(String type, byte[] data) {
        int padded = data.length + (data.length & 1);
        ByteBuffer chunk = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(type.getBytes(StandardCharsets.ISO_8859_1)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] webp(byte[]... chunks) {
        byte[] body = concat(chunks);
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.ISO_8859_1)).put(body);
        return out.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

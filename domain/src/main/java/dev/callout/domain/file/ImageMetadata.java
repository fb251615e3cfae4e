package dev.callout.domain.file;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Removes the metadata that can carry a location (EXIF with its GPS block, XMP, IPTC, text
 * chunks) from an image, keeping the pixels untouched. Input that is not well formed is refused
 * rather than passed through, so nothing unparsed reaches other users.
 */
public final class ImageMetadata {

    /** JPEG APPn segments that hold EXIF/XMP (APP1), ICC is kept (APP2), IPTC/Photoshop (APP13). */
    private static final Set<Integer> JPEG_METADATA_MARKERS = Set.of(0xE1, 0xED);
    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
    private static final Set<String> WEBP_METADATA_CHUNKS = Set.of("EXIF", "XMP ");

    private ImageMetadata() {
    }

    public static byte[] strip(ImageFormat format, byte[] image) {
        return switch (format) {
            case JPEG -> stripJpeg(image);
            case PNG -> stripPng(image);
            case WEBP -> stripWebp(image);
            case GIF -> image; // GIF has no EXIF; its comment/application blocks carry no position
        };
    }

    private static byte[] stripJpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int at = 2;
        while (true) {
            require(at + 4 <= in.length && (in[at] & 0xFF) == 0xFF, "truncated JPEG segment");
            int marker = in[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) { // start of scan or end of image: the rest is image data
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
            require(length >= 2 && at + 2 + length <= in.length, "JPEG segment runs past the end");
            if (!JPEG_METADATA_MARKERS.contains(marker)) {
                out.write(in, at, 2 + length);
            }
            at += 2 + length;
        }
    }

    private static byte[] stripPng(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int at = 8;
        while (at < in.length) {
            require(at + 12 <= in.length, "truncated PNG chunk");
            int length = ByteBuffer.wrap(in, at, 4).getInt();
            require(length >= 0 && at + 12L + length <= in.length, "PNG chunk runs past the end");
            String type = new String(in, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (!PNG_METADATA_CHUNKS.contains(type)) {
                out.write(in, at, 12 + length);
            }
            at += 12 + length;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static byte[] stripWebp(byte[] in) {
        require(in.length >= 12, "truncated WebP header");
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(in.length);
        int at = 12;
        while (at < in.length) {
            require(at + 8 <= in.length, "truncated WebP chunk");
            String type = new String(in, at, 4, StandardCharsets.ISO_8859_1);
            int size = ByteBuffer.wrap(in, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int padded = size + (size & 1);
            require(size >= 0 && at + 8L + padded <= in.length, "WebP chunk runs past the end");
            if (!WEBP_METADATA_CHUNKS.contains(type)) {
                int start = chunks.size();
                chunks.write(in, at, 8 + padded);
                if (type.equals("VP8X")) {
                    byte[] written = chunks.toByteArray();
                    written[start + 8] &= (byte) ~0x0C; // clear the EXIF (0x08) and XMP (0x04) flags
                    chunks.reset();
                    chunks.write(written, 0, written.length);
                }
            }
            at += 8 + padded;
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(in, 0, 4).putInt(4 + body.length).put(in, 8, 4).put(body);
        return out.array();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("not a well-formed image: " + problem);
        }
    }
}

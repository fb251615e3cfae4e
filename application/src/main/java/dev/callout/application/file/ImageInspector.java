package dev.callout.application.file;

import dev.callout.domain.file.ImageFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Proves that an upload is a whole image by decoding every frame of it with the JDK's ImageIO and
 * the readers registered there: the JDK's own for JPEG, PNG and GIF, and any plugin on the class
 * path (the server ships TwelveMonkeys' WebP and JPEG readers; without a WebP reader WebP is refused
 * as unsupported). The declared size is checked before any pixel is decoded, so a few kilobytes that
 * claim a billion pixels cost nothing, and frames are decoded subsampled to at most 1024 × 1024, so
 * memory stays small whatever the image's size while every byte of it is still read.
 *
 * <p>A decoder that hits the end of the data early either throws or, for JPEG, warns and fills the
 * rest with grey; every warning that is not about metadata being ignored is taken as damage. Two
 * readers are lenient at the end of the data, so their containers are checked too: the JDK's GIF
 * reader silently drops a frame cut short, so a GIF must end with its trailer right after the last
 * frame it decoded; TwelveMonkeys' lossless WebP decoder reads zeros past the end, so a WebP must
 * be as long as its RIFF header says.
 */
public final class ImageInspector {

    /** The most frames an animation may have. */
    public static final int MAX_FRAMES = 1_000;
    private static final int DECODED_SIDE = 1_024;
    private static final int GIF_TRAILER = 0x3B;

    private final long maxPixels;

    /** {@code maxPixels}: the most pixels all frames together may declare. */
    public ImageInspector(long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive");
        }
        this.maxPixels = maxPixels;
    }

    public sealed interface Inspection {
        record Whole(int width, int height, int frames) implements Inspection {
        }

        /** Truncated, corrupt, or not the format its first bytes claim. */
        record Damaged() implements Inspection {
        }

        /** More pixels or frames than allowed, whatever the file's size in bytes. */
        record TooLarge() implements Inspection {
        }

        /** No decoder for the format is installed. */
        record NoDecoder() implements Inspection {
        }
    }

    public Inspection inspect(ImageFormat format, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            return new Inspection.NoDecoder();
        }
        if (format == ImageFormat.WEBP && !wholeRiff(bytes)) {
            return new Inspection.Damaged();
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, false, false);
            int frames = reader.getNumImages(true);
            if (frames < 1) {
                return new Inspection.Damaged();
            }
            if (frames > MAX_FRAMES || declaredPixels(reader, frames) > maxPixels) {
                return new Inspection.TooLarge();
            }
            for (int frame = 0; frame < frames; frame++) {
                decodeSubsampled(reader, frame);
            }
            if (warnings.stream().anyMatch(ImageInspector::isDamage)
                    || (format == ImageFormat.GIF && in.read() != GIF_TRAILER)) {
                return new Inspection.Damaged();
            }
            return new Inspection.Whole(reader.getWidth(0), reader.getHeight(0), frames);
        } catch (IOException | RuntimeException damaged) {
            // decoders report damage as IIOException, EOFException or, for some inputs, runtime exceptions
            return new Inspection.Damaged();
        } finally {
            reader.dispose();
        }
    }

    /** The RIFF container's declared size (little-endian, after its first 8 bytes) is the file's. */
    private static boolean wholeRiff(byte[] bytes) {
        return bytes.length >= 12 && ByteBuffer.wrap(bytes, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() + 8L == bytes.length;
    }

    private static long declaredPixels(ImageReader reader, int frames) throws IOException {
        long pixels = 0;
        for (int frame = 0; frame < frames; frame++) {
            pixels += (long) reader.getWidth(frame) * reader.getHeight(frame);
        }
        return pixels;
    }

    private static void decodeSubsampled(ImageReader reader, int frame) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(Math.ceilDiv(reader.getWidth(frame), DECODED_SIDE),
                Math.ceilDiv(reader.getHeight(frame), DECODED_SIDE), 0, 0);
        BufferedImage decoded = reader.read(frame, param);
        if (decoded == null) {
            throw new IOException("frame " + frame + " has no pixels");
        }
    }

    /** Warnings about pixel data; those saying a broken colour profile or marker is ignored are not. */
    private static boolean isDamage(String warning) {
        String text = warning.toLowerCase(Locale.ROOT);
        return text.contains("corrupt") || text.contains("truncat") || text.contains("premature") || !text.contains("ignor");
    }
}

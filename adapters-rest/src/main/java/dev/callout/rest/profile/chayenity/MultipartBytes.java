package dev.callout.rest.profile.chayenity;

import dev.callout.application.file.UploadFileUseCase.Upload;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart body read from its bytes, whatever its Content-Type says. A multipart/form-data body names its
 * boundary there; the document's own ApiClient uploads a FormData body with its JSON Content-Type header kept,
 * so the boundary never reaches the header and the body itself names it on its first line ({@code --boundary}),
 * as RFC 2046 lays it out.
 */
final class MultipartBytes {

    private static final int MAX_BOUNDARY = 70;
    private static final byte[] LINE_END = "\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern FILE_PART = Pattern.compile("content-disposition:\\s*form-data;[^\\r\\n]*\\bname=\"([^\"]*)\""
            + "(?:[^\\r\\n]*\\bfilename=\"([^\"]*)\")?", Pattern.CASE_INSENSITIVE);

    private MultipartBytes() {
    }

    /**
     * The files of the parts named {@code name} in {@code body}, a multipart body delimited by {@code boundary}, or
     * when that is null by the boundary its first line names; none when the body is no such multipart body.
     */
    static List<Upload> files(byte[] body, @Nullable String boundary, String name) {
        int opening = boundary == null ? 0 : openingDelimiter(body, boundary);
        int firstLineEnd = opening < 0 ? -1 : indexOf(body, LINE_END, opening);
        int delimiterLength = firstLineEnd - opening;
        if (delimiterLength < 3 || delimiterLength > MAX_BOUNDARY + 2 || body[opening] != '-' || body[opening + 1] != '-') {
            return List.of();
        }
        byte[] delimiter = new byte[delimiterLength + 2];
        System.arraycopy(LINE_END, 0, delimiter, 0, 2);
        System.arraycopy(body, opening, delimiter, 2, delimiterLength);
        List<Upload> files = new ArrayList<>();
        int partStart = firstLineEnd + 2;
        while (partStart < body.length) {
            int headersEnd = indexOf(body, HEADERS_END, partStart);
            int partEnd = headersEnd < 0 ? -1 : indexOf(body, delimiter, headersEnd + 4);
            if (partEnd < 0) {
                return files;
            }
            String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.UTF_8);
            Matcher disposition = FILE_PART.matcher(headers.toLowerCase(Locale.ROOT).contains("content-disposition") ? headers : "");
            if (disposition.find() && disposition.group(1).equals(name) && disposition.group(2) != null) {
                files.add(new Upload(disposition.group(2), Arrays.copyOfRange(body, headersEnd + 4, partEnd)));
            }
            partStart = partEnd + delimiter.length + 2;
        }
        return files;
    }

    /** Where the line {@code --boundary} first starts: the body's start, or after a preamble. */
    private static int openingDelimiter(byte[] body, String boundary) {
        byte[] line = ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
        if (body.length >= line.length && Arrays.equals(body, 0, line.length, line, 0, line.length)) {
            return 0;
        }
        int afterPreamble = indexOf(body, ("\r\n--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII), 0);
        return afterPreamble < 0 ? -1 : afterPreamble + 2;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

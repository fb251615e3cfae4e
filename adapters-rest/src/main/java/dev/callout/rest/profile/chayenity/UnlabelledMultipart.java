package dev.callout.rest.profile.chayenity;

import dev.callout.application.file.UploadFileUseCase.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart body sent under another Content-Type. The document's own ApiClient uploads a
 * FormData body with its JSON Content-Type header kept, so the boundary never reaches the header:
 * the body itself names it on its first line ({@code --boundary}), as RFC 2046 lays it out.
 */
final class UnlabelledMultipart {

    private static final int MAX_BOUNDARY = 70;
    private static final Pattern FILE_PART = Pattern.compile("content-disposition:\\s*form-data;[^\\r\\n]*\\bname=\"([^\"]*)\""
            + "(?:[^\\r\\n]*\\bfilename=\"([^\"]*)\")?", Pattern.CASE_INSENSITIVE);

    private UnlabelledMultipart() {
    }

    /** The file of the part named {@code name}, when {@code body} is a multipart body with such a part. */
    static Optional<Upload> file(byte[] body, String name) {
        int firstLineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (firstLineEnd < 3 || firstLineEnd > MAX_BOUNDARY + 2 || body[0] != '-' || body[1] != '-') {
            return Optional.empty();
        }
        byte[] delimiter = ("\r\n" + new String(body, 0, firstLineEnd, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);
        int partStart = firstLineEnd + 2;
        while (partStart < body.length) {
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), partStart);
            int partEnd = headersEnd < 0 ? -1 : indexOf(body, delimiter, headersEnd + 4);
            if (partEnd < 0) {
                return Optional.empty();
            }
            String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.UTF_8);
            Matcher disposition = FILE_PART.matcher(headers.toLowerCase(Locale.ROOT).contains("content-disposition") ? headers : "");
            if (disposition.find() && disposition.group(1).equals(name) && disposition.group(2) != null) {
                return Optional.of(new Upload(disposition.group(2), Arrays.copyOfRange(body, headersEnd + 4, partEnd)));
            }
            partStart = partEnd + delimiter.length + 2;
        }
        return Optional.empty();
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

package dev.callout.rest.profile.chayenity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.file.UploadFileUseCase.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartBytesTest {

    private static final String FORM = "--b0undary\r\n"
            + "Content-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
            + "--b0undary\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"
            + "PNG\r\nbytes\r\n"
            + "--b0undary--\r\n";

    private static List<Upload> files(String body, String boundary) {
        return MultipartBytes.files(body.getBytes(StandardCharsets.ISO_8859_1), boundary, "file");
    }

    private static String text(Upload upload) {
        return new String(upload.bytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsTheNamedFileWithTheBoundaryTheContentTypeNames() {
        assertThat(files(FORM, "b0undary")).singleElement()
                .satisfies(file -> assertThat(file.originalName()).isEqualTo("a.png"))
                .satisfies(file -> assertThat(text(file)).isEqualTo("PNG\r\nbytes"));
    }

    @Test
    void skipsAPreambleBeforeTheFirstBoundary() {
        assertThat(files("a preamble\r\n" + FORM, "b0undary")).extracting(MultipartBytesTest::text).containsExactly("PNG\r\nbytes");
    }

    @Test
    void takesTheBoundaryFromTheFirstLineWhenTheContentTypeNamesNone() {
        assertThat(files(FORM, null)).extracting(MultipartBytesTest::text).containsExactly("PNG\r\nbytes");
    }

    @Test
    void findsEveryFileOfTheName() {
        String two = FORM.replace("--b0undary--\r\n", "--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"b.png\"\r\n\r\nmore\r\n--b0undary--\r\n");
        assertThat(files(two, "b0undary")).extracting(Upload::originalName).containsExactly("a.png", "b.png");
    }

    @Test
    void findsNothingInWhatIsNotSuchAForm() {
        assertThat(files("", null)).isEmpty();
        assertThat(files("", "b0undary")).isEmpty();
        assertThat(files("{\"file\": \"a.png\"}", null)).isEmpty();
        assertThat(files(FORM, "another")).as("a boundary the body does not use").isEmpty();
        assertThat(files(FORM.substring(0, FORM.indexOf("bytes")), "b0undary")).as("cut short").isEmpty();
        assertThat(files(FORM.replace("name=\"file\"", "name=\"photo\""), "b0undary")).as("another part's name").isEmpty();
        assertThat(files(FORM.replace("; filename=\"a.png\"", ""), "b0undary")).as("a text field").isEmpty();
    }
}

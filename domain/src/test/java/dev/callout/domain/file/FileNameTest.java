package dev.callout.domain.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileNameTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("C:\\fakepath\\holiday.jpg", "holiday.jpg"),
                Arguments.of("photos/2026/sink.png", "sink.png"),
                Arguments.of("a\uFF0Fb.png", "b.png"),
                Arguments.of("..hidden.png", "hidden.png"),
                Arguments.of("evil\u202Egnp.exe", "evilgnp.exe"),
                Arguments.of("zero\u200Bwidth.jpg", "zerowidth.jpg"),
                Arguments.of("bell\u0007\u001B[31mred.jpg", "bell[31mred.jpg"),
                Arguments.of("new\nline  and\ttab.jpg", "new line and tab.jpg"),
                Arguments.of("quote\"and;semi.jpg", "quote_and;semi.jpg"),
                Arguments.of("what?<>|*:.gif", "what______.gif"),
                Arguments.of("  spaced  .png  ", "spaced .png"),
                Arguments.of(". .x.png", "x.png"),
                Arguments.of("café.jpg", "café.jpg"),
                Arguments.of("写真.webp", "写真.webp"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aNameIsReducedToASafeBaseName(String raw, String safe) {
        assertThat(FileName.safe(raw)).isEqualTo(safe);
    }

    @Test
    void nothingLeftIsNoName() {
        assertThat(FileName.safe(null)).isNull();
        assertThat(FileName.safe("")).isNull();
        assertThat(FileName.safe("dir/")).isNull();
        assertThat(FileName.safe("...")).isNull();
        assertThat(FileName.safe("\u202E\u0000")).isNull();
    }

    @Test
    void aLongNameKeepsItsExtension() {
        String safe = FileName.safe("x".repeat(300) + ".jpeg");
        assertThat(safe).hasSize(FileName.MAX_LENGTH).endsWith("x.jpeg");
        assertThat(FileName.safe("y".repeat(300))).hasSize(FileName.MAX_LENGTH);
        assertThat(FileName.safe("😀".repeat(150))).as("whole code points").isEqualTo("😀".repeat(FileName.MAX_LENGTH));
    }

    @Test
    void aMarkThatMeetsItsLetterOnceAFormatCharacterIsGoneIsComposed() {
        assertThat(FileName.safe("cafe\u200B\u0301.png")).isEqualTo("caf\u00E9.png");
    }

    @Property(tries = 5000)
    void theResultIsSafeAndStable(@ForAll String raw) {
        String safe = FileName.safe(raw);
        if (safe == null) {
            return;
        }
        assertThat(safe).doesNotContain("/", "\\", "\"").doesNotStartWith(".").doesNotStartWith(" ");
        assertThat(safe.codePoints()).noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
        assertThat(safe.codePointCount(0, safe.length())).isLessThanOrEqualTo(FileName.MAX_LENGTH);
        assertThat(FileName.safe(safe)).isEqualTo(safe);
    }
}

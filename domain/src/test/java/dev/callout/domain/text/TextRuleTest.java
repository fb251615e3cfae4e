package dev.callout.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Maria Santos", "José Rizal-Mercado", "O'Brien", "123 Rizal St., Makati", "محمد", "王小明", "🚚 Tow & Go",
            "maria@example.com", "+63 917 123 4567", "job_01J0000000000000000000000A"})
    void singleLinesOfAnyScriptAreKept(String text) {
        assertThat(TextRule.SINGLE_LINE.problemWith(text)).isEmpty();
        assertThat(TextRule.FREE_TEXT.problemWith(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u001b[31mred", "two\nlines", "a\rb", "a\tb", "a\u007fb", "a\u0085b", "a\u2028b", "a\u2029b"})
    void aSingleLineHoldsNoControlCharacterNorLineBreak(String text) {
        assertThat(TextRule.SINGLE_LINE.problemWith(text)).hasValue("must not contain control characters or line breaks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Aa", "\u202Ba", "\u202Ca", "\u202Dabc", "evil\u202Egnp.exe", "\u2066a", "\u2067a", "\u2068a", "a\u2069"})
    void aSingleLineHoldsNoBidiOverrideNorIsolate(String text) {
        assertThat(TextRule.SINGLE_LINE.problemWith(text)).hasValue("must not contain bidirectional override or isolate characters");
    }

    @Test
    void freeTextMayBreakLinesAndUseTabsAndBidiMarks() {
        assertThat(TextRule.FREE_TEXT.problemWith("Leak under the sink\n\t- kitchen\n\u202Bمطبخ\u202C")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u001b[2J", "over\rwritten", "a\u007f", "bell\u0007", "a\u009bb"})
    void freeTextHoldsNoOtherControlCharacter(String text) {
        assertThat(TextRule.FREE_TEXT.problemWith(text)).hasValue("must not contain control characters other than tab and line feed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uDC00", "\uDE00\uD83D", "x\uD83D"})
    void noTextHasALoneSurrogate(String text) {
        assertThat(TextRule.isWellFormed(text)).isFalse();
        assertThat(TextRule.SINGLE_LINE.problemWith(text)).hasValue("must be valid Unicode text");
        assertThat(TextRule.FREE_TEXT.problemWith(text)).hasValue("must be valid Unicode text");
    }

    @Test
    void surrogatePairsAreWellFormedAndNullKeepsEveryRule() {
        assertThat(TextRule.isWellFormed("\uD83D\uDE9A")).isTrue();
        assertThat(TextRule.SINGLE_LINE.problemWith(null)).isEmpty();
        assertThat(TextRule.FREE_TEXT.problemWith(null)).isEmpty();
    }

    @Property
    void whatASingleLineKeepsFreeTextKeepsToo(@ForAll String text) {
        if (TextRule.SINGLE_LINE.problemWith(text).isEmpty()) {
            assertThat(TextRule.FREE_TEXT.problemWith(text)).isEmpty();
        }
    }

    @Property
    void aTextKeepsTheRuleOnlyWithoutTheCharactersItForbids(@ForAll String text) {
        boolean forbidden = text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) || !TextRule.isWellFormed(text);
        assertThat(TextRule.SINGLE_LINE.problemWith(text).isPresent()).isEqualTo(forbidden);
    }
}

package dev.callout.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @Test
    void emailsAndPhonesAreNormalised() {
        assertThat(Identifier.email("  Maria@Example.COM ")).hasValue("maria@example.com");
        assertThat(Identifier.phone("+63 (917) 123-4567")).hasValue("+639171234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ma\u0000ria@example.com", "\u001b[31mmaria@example.com", "maria@exa\u202Emple.com",
            "maria@example.com\n", "ma\uD800ria@example.com"})
    void anEmailWithControlOrBidiCharactersIsNoEmail(String raw) {
        assertThat(Identifier.email(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+63917\u00001234567", "+63917\n1234567", "+63917\t1234567", "\u202E+639171234567"})
    void aPhoneWithControlOrBidiCharactersIsNoPhone(String raw) {
        assertThat(Identifier.phone(raw)).isEmpty();
    }

    @Test
    void anOverlongInputIsNeitherEvenWhenItTrimsDown() {
        assertThat(Identifier.email(" ".repeat(300) + "maria@example.com")).isEmpty();
        assertThat(Identifier.phone(" ".repeat(300) + "+639171234567")).isEmpty();
    }
}

package org.waymark.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The fallback chain, for a table of requested locales. */
class SupportedLocaleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "en-GB, en-GB",
        "en-US, en-US",
        "en, en-GB",
        "en-CA, en-GB",
        "en-AU, en-GB",
        "en-IE, en-GB",
        "en-NZ, en-GB",
        "en-IN, en-GB",
        "en-Latn-US, en-US",
        "en-US-u-ca-gregory, en-US",
        "en-GB-x-nhs, en-GB",
    })
    void englishResolvesByTheChain(String requested, String resolved) {
        Locale locale = Locale.forLanguageTag(requested);

        assertThat(SupportedLocale.resolve(locale).tag()).isEqualTo(resolved);
        assertThat(SupportedLocale.resolveOrBase(locale).tag()).isEqualTo(resolved);
        assertThat(SupportedLocale.isEnglish(locale)).isTrue();
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource({"fr-FR", "de-DE", "es-US", "cy-GB", "und", "fr"})
    void anotherLanguageIsRefusedOrGetsTheBaseWhenAPlanExists(String requested) {
        Locale locale = Locale.forLanguageTag(requested);

        assertThatThrownBy(() -> SupportedLocale.resolve(locale))
                .isInstanceOf(UnsupportedLocaleException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(locale.toLanguageTag())
                .hasMessageContaining("en-GB").hasMessageContaining("en-US")
                .satisfies(e -> {
                    UnsupportedLocaleException u = (UnsupportedLocaleException) e;
                    assertThat(u.requested()).isEqualTo(locale);
                    assertThat(u.available()).containsExactly(Locale.UK, Locale.US);
                });
        assertThat(SupportedLocale.resolveOrBase(locale)).isSameAs(SupportedLocale.BASE).isSameAs(SupportedLocale.EN_GB);
    }

    @Test
    void theRootLocaleIsNotEnglish() {
        assertThatThrownBy(() -> SupportedLocale.resolve(Locale.ROOT)).isInstanceOf(UnsupportedLocaleException.class);
        assertThat(SupportedLocale.resolveOrBase(Locale.ROOT)).isSameAs(SupportedLocale.EN_GB);
    }

    @Test
    void nullIsAProgrammingError() {
        assertThatNullPointerException().isThrownBy(() -> SupportedLocale.resolve(null)).withMessage("requested");
        assertThatNullPointerException().isThrownBy(() -> SupportedLocale.resolveOrBase(null)).withMessage("requested");
        assertThatNullPointerException().isThrownBy(() -> SupportedLocale.isEnglish(null)).withMessage("locale");
    }

    @Test
    void theJvmDefaultLocalePlaysNoPart() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(SupportedLocale.resolve(Locale.ENGLISH)).isSameAs(SupportedLocale.EN_GB);
            Locale.setDefault(Locale.GERMANY);
            assertThat(SupportedLocale.resolve(Locale.forLanguageTag("en-CA"))).isSameAs(SupportedLocale.EN_GB);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void eachSupportedLocaleResolvesToItselfAndNamesItsLocale() {
        for (SupportedLocale s : SupportedLocale.values()) {
            assertThat(SupportedLocale.resolve(s.locale())).isSameAs(s);
            assertThat(Locale.forLanguageTag(s.tag())).isEqualTo(s.locale());
        }
        assertThat(SupportedLocale.supportedLocales()).containsExactly(Locale.UK, Locale.US);
    }
}

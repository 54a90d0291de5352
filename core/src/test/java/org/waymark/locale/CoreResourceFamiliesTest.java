package org.waymark.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.language.ClinicalLexicon;
import org.waymark.validation.ValidationReport;

/**
 * Every resource family core reads is complete in every supported locale, and core's users of the policy
 * resolve a request alike.
 */
class CoreResourceFamiliesTest {

    private static final Function<String, InputStream> OPENER = CoreResourceFamiliesTest.class::getResourceAsStream;

    @ParameterizedTest
    @ValueSource(strings = {
        "/org/waymark/validation/RuleMessages",
        "/org/waymark/language/LanguageMessages",
        "/org/waymark/language/lexicon/lexicon"})
    void everyLocaleHasEveryKeyAndNoFileAddsAKeyTheRootLacks(String family) {
        LocalizedProperties base = LocalizedProperties.load(family, SupportedLocale.BASE, OPENER);
        for (SupportedLocale locale : SupportedLocale.values()) {
            LocalizedProperties p = LocalizedProperties.load(family, locale, OPENER);
            assertThat(p.keys()).as(family + " in " + locale.tag()).isEqualTo(base.keys()).isNotEmpty();
            Map<String, String> root = p.layers().get(0);
            for (Map<String, String> layer : p.layers()) {
                assertThat(root.keySet()).as(family + " in " + locale.tag()).containsAll(layer.keySet());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "en", "en-CA", "en-AU", "en-IE", "fr-FR", "de-DE", "es-US", "und"})
    void theLexiconAndTheReportSummaryFollowTheChain(String tag) {
        Locale requested = Locale.forLanguageTag(tag);
        SupportedLocale resolved = SupportedLocale.resolveOrBase(requested);

        assertThat(ClinicalLexicon.of(requested).locale()).isEqualTo(resolved.locale());
        assertThat(ClinicalLexicon.of(requested)).isSameAs(ClinicalLexicon.of(resolved.locale()));
        ValidationReport none = ValidationReport.of(org.waymark.validation.Stage.DRAFT,
                org.waymark.validation.Profile.NG225, List.of());
        assertThat(none.summary(requested)).isEqualTo(none.summary(resolved.locale()));
    }
}

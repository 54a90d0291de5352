package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the checker over generated text. */
class LanguageCheckerPropertiesTest {

    private static final LanguageChecker CHECKER = LanguageChecker.standard();

    /** Words and marks that are no term, no guard word, and extend no phrase. */
    private static final List<String> SAFE_WORDS = List.of(
            "Zoë", "Łukasz-Núñez", "said", "today", "walk", "calm", "日本語", "🙂", "café", "naïve",
            "ok", "week", "music", "garden", "tea", "Ωmega", "42", "क़", "مرحبا", "x", "I", ",", "—", "\n");

    private static final List<String> GAPS = List.of(" ", "  ", "-", "\n", " - ", "\u00a0", "\t", "_", "\u2010");

    private static final String FINDING_FORMAT =
            "LanguageFinding\\[ruleId=[A-Z-]+, termKey=[a-z0-9-]+, start=\\d+, end=\\d+]";

    /** A written form of one phrase of a term. */
    record Surface(String key, String text) {
    }

    @Property
    void aTermBetweenSafeWordsIsFoundAtItsOffsets(
            @ForAll("safeText") String before,
            @ForAll("separatorBefore") String open,
            @ForAll("surfaces") Surface term,
            @ForAll("separatorAfter") String close,
            @ForAll("safeText") String after) {
        String text = before + open + term.text() + close + after;
        int start = before.length() + open.length();

        assertThat(CHECKER.check(text)).singleElement().satisfies(f -> {
            assertThat(f.termKey()).isEqualTo(term.key());
            assertThat(f.start()).isEqualTo(start);
            assertThat(f.end()).isEqualTo(start + term.text().length());
            assertThat(f.toString()).matches(FINDING_FORMAT);
        });
    }

    @Property
    void textWithoutTheLettersOfAnyTermHasNoFindings(@ForAll("termFreeText") String text) {
        assertThat(CHECKER.check(text)).isEmpty();
    }

    @Property
    void findingsAreOrderedDisjointAndOnWordBoundaries(@ForAll("mixedText") String text) {
        List<LanguageFinding> findings = CHECKER.check(text);

        int previousEnd = 0;
        for (LanguageFinding f : findings) {
            assertThat(f.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
            assertThat(CharClass.isWord(text.codePointAt(f.start()))).isTrue();
            assertThat(CharClass.isWord(text.codePointBefore(f.end()))).isTrue();
            assertThat(f.toString()).matches(FINDING_FORMAT);
            previousEnd = f.end();
        }
        assertThat(CHECKER.check(new StringBuilder(text))).isEqualTo(findings);
    }

    @Property
    void aPrecedingSentenceOnlyShiftsTheFindings(
            @ForAll("safeText") String sentence, @ForAll("mixedText") String text) {
        String prefix = sentence + ". ";

        List<LanguageFinding> shifted = CHECKER.check(text).stream()
                .map(f -> new LanguageFinding(f.rule(), f.termKey(), f.start() + prefix.length(),
                        f.end() + prefix.length(), f.suggestion()))
                .collect(Collectors.toList());

        assertThat(CHECKER.check(prefix + text)).isEqualTo(shifted);
    }

    @Provide
    Arbitrary<String> safeText() {
        return Arbitraries.of(SAFE_WORDS).list().ofMaxSize(8).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> separatorBefore() {
        return Arbitraries.of(" ", ", ", "\n", " (", ". ", "\t", " \u00a0", "\u201c");
    }

    @Provide
    Arbitrary<String> separatorAfter() {
        return Arbitraries.of(" ", ", ", ".", ")\n", "\u201d ", "!");
    }

    @Provide
    Arbitrary<Surface> surfaces() {
        List<Surface> phrases = new ArrayList<>();
        for (LanguageTerm term : CHECKER.terms()) {
            for (String variant : term.variants()) {
                for (String phrase : TermPattern.expand(variant)) {
                    phrases.add(new Surface(term.key(), phrase));
                }
            }
        }
        return Arbitraries.of(phrases).flatMap(s -> Arbitraries.randomValue(r -> write(s, r)));
    }

    @Provide
    Arbitrary<String> termFreeText() {
        Set<Integer> termLetters = CHECKER.terms().stream()
                .flatMap(t -> t.variants().stream())
                .flatMap(v -> TermPattern.expand(v).stream())
                .flatMapToInt(String::codePoints)
                .boxed()
                .collect(Collectors.toSet());
        Arbitrary<String> anything = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u024f').withChars(" -\n\u2019").ofMaxLength(300));
        return anything.map(s -> s.codePoints()
                .filter(cp -> !CharClass.isWord(cp) || !termLetters.contains(CharClass.fold(cp)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
    }

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(SAFE_WORDS),
                surfaces().map(Surface::text),
                Arbitraries.of("box", "factors", "was", "to", "\n\n", "\u00ad", "\u0301", ":", "/"),
                Arbitraries.strings().all().ofMaxLength(5));
        return token.list().ofMaxSize(12).map(tokens -> String.join(" ", tokens));
    }

    /** Writes a folded phrase as a person might: mixed case, assorted gaps, curly apostrophes. */
    private static Surface write(Surface phrase, Random random) {
        StringBuilder text = new StringBuilder();
        phrase.text().codePoints().forEach(cp -> {
            if (cp == CharClass.GAP) {
                text.append(GAPS.get(random.nextInt(GAPS.size())));
            } else if (cp == '\'') {
                text.append(random.nextBoolean() ? "'" : "\u2019");
            } else {
                text.appendCodePoint(random.nextBoolean() ? Character.toUpperCase(cp) : cp);
            }
        });
        return new Surface(phrase.key(), text.toString());
    }
}

package org.waymark.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.waymark.language.LanguageChecker;
import org.waymark.language.LanguageFinding;

/**
 * Fuzzes the language checker with arbitrary text: findings stay within the text, in order, without
 * overlap, and the checker never throws for text within its bound.
 * <p>
 * To fuzz: {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=LanguageCheckerFuzzTest}.
 */
class LanguageCheckerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void checkStaysInBounds(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        List<LanguageFinding> findings = LanguageChecker.standard().check(text);

        int previousEnd = 0;
        for (LanguageFinding f : findings) {
            assertThat(f.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(f.end()).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length());
            previousEnd = f.end();
        }
    }
}

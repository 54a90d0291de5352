package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class RuleCatalogueTest {

    /** The guidance's rule catalogue: id, severity at FINAL, source, in its order. */
    private static final String[][] GUIDANCE = {
        {"NO-RISK-PREDICTION", "ERROR", "NG225 1.6.1, 1.6.3; CG133"},
        {"NO-TOOL-GATEKEEPING", "ERROR", "NG225 1.6.2, 1.6.4"},
        {"INSTRUMENT-DESCRIPTIVE-ONLY", "ERROR", "NG225 1.6.1; CG133"},
        {"RISK-STRATIFICATION-LANGUAGE", "WARNING", "NG225 1.6.3"},
        {"ASSESSMENT-NEEDS-DOMAINS", "ERROR", "CG133 1.3.2–1.3.5; NG225 1.6.5"},
        {"ASSESSMENT-DEPENDENT-CHILDREN", "ERROR", "CG133"},
        {"RISK-FORMULATION-DOMAINS", "ERROR", "CG133 1.3.6–1.3.8; NG225 1.6.6"},
        {"PLAN-AIMS-AGREED", "ERROR", "CG133"},
        {"GOAL-LONG-TERM", "ERROR", "CG133"},
        {"GOAL-SHORT-TERM-LINKED", "ERROR", "CG133"},
        {"GOAL-SMART", "ERROR", "CG133 (measurable goals)"},
        {"GOAL-NOT-ABSTINENCE-ONLY", "WARNING", "seeds (harm reduction)"},
        {"TEAM-ROLES", "ERROR", "CG133"},
        {"RISK-PLAN-PRESENT", "ERROR", "CG133 1.4.4"},
        {"RISK-PLAN-COVERS-RISKS", "ERROR", "CG133 1.4.4"},
        {"RISK-PLAN-COVERS-FACTORS", "WARNING", "CG133 1.4.4"},
        {"CRISIS-PLAN", "ERROR", "CG133 1.4.5"},
        {"SAFETY-PLAN-STEPS", "WARNING", "SPI; NG225 (safety plans)"},
        {"SAFETY-PLAN-MEANS", "ERROR", "SPI step 6"},
        {"SAFETY-PLAN-CO-PRODUCED", "WARNING", "SPI; NG225"},
        {"CONTACT-REACHABLE", "ERROR", "SPI; CG133 crisis plan"},
        {"SHARED-WITH-GP", "WARNING", "CG133"},
        {"CONFIDENTIALITY-EXPLAINED", "ERROR", "CG133"},
        {"FAMILY-CONSENT", "ERROR", "CG133; NG225 1.1.1"},
        {"REVIEW-WITHIN-12-MONTHS", "ERROR", "CG133"},
        {"REVIEW-OVERDUE", "WARNING", "CG133"},
        {"REVIEW-AFTER-EPISODE", "WARNING", "seeds; SPI"},
        {"PSYCH-INTERVENTION-SESSIONS", "WARNING", "NG225 (4–10, adults); CG133 (3–12)"},
        {"NO-DRUG-FOR-SELF-HARM", "ERROR", "CG133; NG225"},
        {"DBT-A-CONSIDERED", "WARNING", "NG225 (young people)"},
        {"NON-STIGMATISING-LANGUAGE", "WARNING", "seeds; CG133 (non-judgemental approach)"},
        {"INFORMATION-GIVEN", "WARNING", "NG225 1.1.1"},
        {"SIGNED-OFF", "ERROR", "seeds (defensible documentation)"},
        {"DATES-CONSISTENT", "ERROR", "CG133 (reviews, measurable goals)"},
        {"TEXT-PRINTABLE", "ERROR", "SPI (copies of the plan); NG225 1.1.1"},
    };

    private final RuleCatalogue catalogue = RuleCatalogue.standard();

    @Test
    void catalogueIsTheGuidancesInItsOrderWithItsSeveritiesAndCitations() {
        List<String> expected = Stream.of(GUIDANCE).map(r -> r[0] + " | " + r[1] + " | " + r[2]).toList();

        assertThat(catalogue.rules()).extracting(r -> r.id() + " | " + r.severity() + " | " + r.citation())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void idsAreUniqueAndStable() {
        assertThat(catalogue.ids()).doesNotHaveDuplicates().hasSize(35);
        assertThat(catalogue.rule("GOAL-SMART")).get().extracting(Rule::id).isEqualTo("GOAL-SMART");
        assertThat(catalogue.rule("NO-SUCH-RULE")).isEmpty();
        assertThat(catalogue.position("NO-RISK-PREDICTION")).isZero();
    }

    @Test
    void everyRuleHasACitationADescriptionAndMessages() {
        for (Rule r : catalogue.rules()) {
            assertThat(r.citations()).as(r.id()).isNotEmpty().allSatisfy(c -> assertThat(c).isNotBlank());
            assertThat(r.description()).as(r.id()).isNotBlank().doesNotContain("\n");
            assertThat(r.messageKeys()).as(r.id()).isNotEmpty().allSatisfy(k -> assertThat(k).startsWith(r.id() + "."));
        }
    }

    @Test
    void onlyReviewOverdueNeedsADateAndEveryOtherRuleIsABeanValidationConstraint() {
        assertThat(catalogue.rules()).filteredOn(Rule::needsEvaluationDate).extracting(Rule::id).containsExactly("REVIEW-OVERDUE");
        assertThat(catalogue.rules()).filteredOn(Rule::isBeanValidationConstraint).hasSize(34);
    }

    @Test
    void everyRuleHasATestClassThatCoversIt() throws IOException, URISyntaxException {
        Map<String, Integer> tests = new HashMap<>();
        for (Class<?> c : testClasses()) {
            Covers covers = c.getAnnotation(Covers.class);
            if (covers != null) {
                tests.merge(covers.value(), countTests(c), Integer::sum);
            }
        }

        assertThat(tests.keySet()).containsExactlyInAnyOrderElementsOf(catalogue.ids());
        assertThat(tests).allSatisfy((id, count) -> assertThat(count).as(id + " needs a test that fires and one that does not").isGreaterThanOrEqualTo(2));
    }

    private static int countTests(Class<?> c) {
        int n = 0;
        for (Method m : c.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class)) {
                n++;
            }
        }
        return n;
    }

    private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
        List<Class<?>> out = new ArrayList<>();
        String pkg = RuleCatalogueTest.class.getPackageName();
        for (URL url : Collections.list(RuleCatalogueTest.class.getClassLoader().getResources(pkg.replace('.', '/')))) {
            if (!url.getProtocol().equals("file")) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = p.getFileName().toString().replace(".class", "");
                    try {
                        out.add(Class.forName(pkg + "." + name));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }
}

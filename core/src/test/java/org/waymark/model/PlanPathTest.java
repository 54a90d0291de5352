package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;

class PlanPathTest {

    @Test
    void printsParsesAndOrders() {
        PlanPath p = PlanPath.of("history").property("chainAnalyses").index(0).property("links").index(2).property("description");

        assertThat(p).hasToString("history.chainAnalyses[0].links[2].description");
        assertThat(PlanPath.parse(p.toString())).isEqualTo(p);
        assertThat(PlanPath.parse("safetyPlan.copiesKept[1]").segments()).containsExactly("safetyPlan", "copiesKept", 1);
        assertThat(PlanPath.parse("goals[2]")).isLessThan(PlanPath.parse("goals[10]"));
        assertThat(PlanPath.parse("goals")).isLessThan(PlanPath.parse("goals[0]"));
        assertThat(PlanPath.parse("goals[0].dueDate").parent()).hasToString("goals[0]");
    }

    @Test
    void rejectsTextThatIsNotAPathAsToStringWritesIt() {
        for (String text : List.of("", "[0]", ".goals", "goals.", "goals..dueDate", "goals[x]", "goals[-1]", "goals[+1]",
                "goals[01]", "goals[]", "goals[0", "goals[0]x", "goals[9999999999]", "goals]")) {
            assertThatIllegalArgumentException().as(text).isThrownBy(() -> PlanPath.parse(text));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> PlanPath.of("a.b"));
        assertThatIllegalArgumentException().isThrownBy(() -> PlanPath.of("goals").index(-1));
        assertThatThrownBy(() -> PlanPath.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Property
    void parseReadsWhatToStringWrites(@ForAll("paths") PlanPath path) {
        assertThat(PlanPath.parse(path.toString())).isEqualTo(path).hasSameHashCodeAs(path);
        assertThat(PlanPath.parse(path.toString()).segments()).isEqualTo(path.segments());
    }

    @Property
    void resolvingARelativePathAppendsItsSegments(@ForAll("paths") PlanPath base, @ForAll("paths") PlanPath relative) {
        PlanPath joined = base.resolve(relative);

        assertThat(joined).hasToString(base + "." + relative);
        assertThat(joined.segments()).startsWith(base.segments().toArray()).endsWith(relative.segments().toArray());
    }

    @Test
    void aJsonPathPrefixesThePlansField() {
        assertThat(PlanPath.parse("goals[2].dueDate").toJsonPath()).isEqualTo("$.plan.goals[2].dueDate");
    }

    @Test
    void theReferenceChecksNameThePlaceAsAPlanPath() {
        CarePlan plan = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
        Goal first = plan.goals().get(0);

        assertThatThrownBy(() -> plan.withGoals(List.of(first.toBuilder().ownerId("nobody").build())))
                .isInstanceOfSatisfying(InvalidComponentException.class, e -> {
                    assertThat(e.path()).isEqualTo(PlanPath.parse("goals[0].ownerId"));
                    assertThat(e.problem()).startsWith("no care team member or person has id");
                    assertThat(e.getMessage()).isEqualTo(e.path() + ": " + e.problem());
                });
    }

    @Provide
    Arbitrary<PlanPath> paths() {
        Arbitrary<String> names = Arbitraries.strings().ofMinLength(1).ofMaxLength(12)
                .filter(n -> n.indexOf('.') < 0 && n.indexOf('[') < 0 && n.indexOf(']') < 0);
        Arbitrary<Object> segment = Arbitraries.oneOf(names.map(n -> (Object) n), Arbitraries.integers().between(0, 100_000).map(i -> (Object) i));
        return names.flatMap(first -> segment.list().ofMaxSize(6).map(rest -> {
            PlanPath p = PlanPath.of(first);
            for (Object s : rest) {
                p = s instanceof Integer i ? p.index(i) : p.property((String) s);
            }
            return p;
        }));
    }
}

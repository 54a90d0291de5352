package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ca.uhn.fhir.fhirpath.IFhirPath;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.fhir.internal.RecordCodec;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.PlanPath;
import org.waymark.testing.PlanArbitraries;

/**
 * Every value a plan holds has a FHIRPath into its exported Bundle that HAPI's FHIRPath engine
 * evaluates to something: the mapping of paths and the export agree.
 */
class FhirPathsTest {

    private static final IFhirPath ENGINE = WaymarkFhir.context().newFhirPath();

    static List<String> examples() {
        return ExamplePlans.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyValueOfAnExamplePlanResolves(String name) {
        assertEveryValueResolves(ExamplePlans.load(name));
    }

    @Property(tries = 100)
    void everyValueOfAGeneratedPlanResolves(@ForAll("plans") CarePlan plan) {
        assertEveryValueResolves(plan);
    }

    @Provide
    Arbitrary<CarePlan> plans() {
        return PlanArbitraries.plans();
    }

    private static void assertEveryValueResolves(CarePlan plan) {
        Bundle bundle = FhirExport.toFhir(plan);
        FhirPaths paths = FhirPaths.of(plan);
        List<PlanPath> leaves = new ArrayList<>();
        walk(plan, null, leaves);
        assertThat(leaves).isNotEmpty();
        for (PlanPath p : leaves) {
            String expression = paths.toFhirPath(p);
            List<Base> found = ENGINE.evaluate(bundle, expression, Base.class);
            assertThat(found).as("%s -> %s", p, expression).isNotEmpty();
        }
    }

    /** Collects the path of every non-null, non-record value and every list element of a plan. */
    static void walk(Object value, PlanPath at, List<PlanPath> out) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), at.index(i), out);
            }
            return;
        }
        if (value instanceof Record r) {
            for (RecordComponent c : RecordCodec.components(r.getClass())) {
                PlanPath next = at == null ? PlanPath.of(c.getName()) : at.property(c.getName());
                Object v = RecordCodec.value(c, r);
                // A flag that is false is written as false; an empty record or list writes nothing.
                walk(v, next, out);
            }
            return;
        }
        if (value instanceof Locale) {
            return;
        }
        out.add(at);
    }
}

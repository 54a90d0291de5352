package org.waymark.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.waymark.model.CarePlan;

/**
 * The fictional example plans that ship with Waymark, as JSON resources. They describe nobody;
 * each is marked with origin {@code example}.
 * <ul>
 *   <li>{@value #ADULT_COMPLETE}: an adult in outpatient care with a complete plan;</li>
 *   <li>{@value #YOUNG_PERSON_FAMILY}: a 15-year-old whose family is involved with their consent;</li>
 *   <li>{@value #DRAFT_WITH_GAPS}: a draft with real gaps, for showing what validation reports.</li>
 * </ul>
 * This class is thread-safe.
 */
public final class ExamplePlans {

    /** An adult in outpatient care with a complete plan. */
    public static final String ADULT_COMPLETE = "adult-outpatient-complete";
    /** A 15-year-old with family involvement by consent. */
    public static final String YOUNG_PERSON_FAMILY = "young-person-family";
    /** A draft with real gaps. */
    public static final String DRAFT_WITH_GAPS = "draft-with-gaps";

    private static final List<String> NAMES = List.of(ADULT_COMPLETE, YOUNG_PERSON_FAMILY, DRAFT_WITH_GAPS);

    private ExamplePlans() {
    }

    /**
     * Returns the names of the example plans, in a fixed order.
     *
     * @return the names of the example plans, in a fixed order
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Returns the class-path resource of an example plan.
     *
     * @param name one of {@link #names()}, not null
     * @return the resource path, not null
     * @throws IllegalArgumentException if there is no example of that name
     */
    public static String resource(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no example plan named '" + name + "'; expected one of " + NAMES);
        }
        return "/org/waymark/json/examples/" + name + ".json";
    }

    /**
     * Loads an example plan.
     *
     * @param name one of {@link #names()}, not null
     * @return the plan, not null
     * @throws IllegalArgumentException if there is no example of that name
     */
    public static CarePlan load(String name) {
        String resource = resource(name);
        try (InputStream in = ExamplePlans.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example resource missing from the jar: " + resource);
            }
            return PlanJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

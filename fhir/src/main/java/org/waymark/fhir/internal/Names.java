package org.waymark.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Canonical URLs, names and entry ids: the one place that says how Waymark names things in FHIR.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Names {

    /** The canonical base of every Waymark StructureDefinition and CodeSystem. */
    public static final String CANONICAL = "https://waymark.org/fhir";
    /** The prefix of every Waymark extension URL. */
    public static final String EXTENSION = CANONICAL + "/StructureDefinition/";
    /** The prefix of every Waymark CodeSystem URL. */
    public static final String CODE_SYSTEM = CANONICAL + "/CodeSystem/";
    /** The identifier system of a plan's id. */
    public static final String PLAN_ID = CANONICAL + "/identifier/plan";
    /** The identifier system of the ids of a plan's parts (goals, observations, medications). */
    public static final String PART_ID = CANONICAL + "/identifier/plan-part";
    /** The identifier system of the person's id within a plan, used when the host gives no subject. */
    public static final String PERSON_ID = CANONICAL + "/identifier/person";

    private Names() {
    }

    /**
     * Turns a Java name into a lower-case, hyphenated one: {@code RiskFormulation} becomes
     * {@code risk-formulation}, {@code dbtANotPlannedReason} becomes {@code dbt-a-not-planned-reason}.
     *
     * @param javaName a class or component name, not null
     * @return the hyphenated name, not null
     */
    public static String kebab(String javaName) {
        StringBuilder sb = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append('-');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Turns a hyphenated code into words for a display: {@code reduce-self-harm} becomes
     * {@code Reduce self harm}.
     *
     * @param code the code, not null
     * @return the words, not null
     */
    public static String words(String code) {
        String s = code.replace('-', ' ');
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * Returns the full URL of an entry: a name-based UUID from the plan id and the entry's place,
     * so the same plan always gives the same Bundle.
     *
     * @param planId the plan's id, not null
     * @param place  where the entry comes from in the plan, e.g. {@code goals/g1}, not null
     * @return {@code urn:uuid:…}, not null
     */
    public static String entryUrl(String planId, String place) {
        byte[] name = ("waymark-plan:" + planId.length() + ":" + planId + "/" + place).getBytes(StandardCharsets.UTF_8);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
    }
}

package org.waymark.json.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.model.Medication;
import org.waymark.model.MethodRecord;
import org.waymark.model.TreatmentDecision;

/**
 * The versions of the document format this library reads, and what each added.
 * <p>
 * Version 1.1 adds four optional fields, the structured forms of what 1.0 held in words only:
 * {@code Medication.condition} and {@code Medication.notForSelfHarm}, {@code TreatmentDecision.basis}
 * and {@code MethodRecord.rate}. A 1.0 document is read as a 1.1 document in which they are absent:
 * nothing is derived from the words, because a code guessed from text could be wrong, and the rules
 * fall back on the words where the structure is missing. A 1.0 document that uses one of them is refused
 * at that field. Documents are always written as the current version.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SchemaVersions {

    /** The version written, and the newest read. */
    public static final String CURRENT = "1.1";
    /** Every version read, oldest first. */
    public static final List<String> READ = List.of("1.0", CURRENT);

    private static final Map<Class<?>, Set<String>> ADDED_IN_1_1 = Map.of(
            Medication.class, Set.of("condition", "notForSelfHarm"),
            TreatmentDecision.class, Set.of("basis"),
            MethodRecord.class, Set.of("rate"));

    private SchemaVersions() {
    }

    /**
     * Tells whether a record component is new in version 1.1, so that a 1.0 document must not hold it.
     *
     * @param type      the record, not null
     * @param component the component's name, not null
     * @return true if the component was added in 1.1
     */
    static boolean addedIn11(Class<?> type, String component) {
        return ADDED_IN_1_1.getOrDefault(type, Set.of()).contains(component);
    }
}

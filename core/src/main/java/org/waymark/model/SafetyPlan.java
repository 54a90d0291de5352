package org.waymark.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * A safety plan following the structure of the Stanley–Brown Safety Planning Intervention: six
 * steps plus reasons for living, in the person's own words and made with them.
 * <p>
 * Step 1 {@code warningSigns}; step 2 {@code copingStrategies} (things the person can do alone);
 * step 3 {@code distractions} and {@code distractionContactIds} (people and places that take their
 * mind off things); step 4 {@code helpContactIds} (people they can ask for help); step 5
 * {@code professionalContactIds} (professionals, services and crisis lines, including the emergency
 * number); step 6 {@code meansSafety} (making the environment safer) or
 * {@code meansNotNeededReason}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param warningSigns            step 1; never null
 * @param copingStrategies        step 2; never null
 * @param distractions            step 3, places and settings; never null
 * @param distractionContactIds   step 3, people; never null
 * @param helpContactIds          step 4; never null
 * @param professionalContactIds  step 5; never null
 * @param meansSafety             step 6; never null
 * @param meansNotNeededReason    why step 6 has no action, may be null
 * @param reasonsForLiving        the person's reasons for living; never null
 * @param reasonsForLivingDeclined whether the person chose not to record reasons for living
 * @param coProduction            how it was made, may be null
 */
public record SafetyPlan(
        List<String> warningSigns,
        List<String> copingStrategies,
        List<String> distractions,
        List<String> distractionContactIds,
        List<String> helpContactIds,
        List<String> professionalContactIds,
        List<@Valid MeansAction> meansSafety,
        String meansNotNeededReason,
        List<String> reasonsForLiving,
        boolean reasonsForLivingDeclined,
        @Valid CoProduction coProduction) {

    /** An empty safety plan, to be filled in with the person. */
    public static final SafetyPlan EMPTY = new SafetyPlan(null, null, null, null, null, null, null, null, null, false, null);

    /**
     * Checks the components.
     *
     * @param warningSigns            step 1; never null
     * @param copingStrategies        step 2; never null
     * @param distractions            step 3, places and settings; never null
     * @param distractionContactIds   step 3, people; never null
     * @param helpContactIds          step 4; never null
     * @param professionalContactIds  step 5; never null
     * @param meansSafety             step 6; never null
     * @param meansNotNeededReason    why step 6 has no action, may be null
     * @param reasonsForLiving        the person's reasons for living; never null
     * @param reasonsForLivingDeclined whether the person chose not to record reasons for living
     * @param coProduction            how it was made, may be null
     */
    public SafetyPlan {
        warningSigns = Checks.texts(warningSigns, "warningSigns");
        copingStrategies = Checks.texts(copingStrategies, "copingStrategies");
        distractions = Checks.texts(distractions, "distractions");
        distractionContactIds = Checks.ids(distractionContactIds, "distractionContactIds");
        helpContactIds = Checks.ids(helpContactIds, "helpContactIds");
        professionalContactIds = Checks.ids(professionalContactIds, "professionalContactIds");
        meansSafety = Checks.list(meansSafety, "meansSafety");
        Checks.text(meansNotNeededReason, "meansNotNeededReason");
        reasonsForLiving = Checks.texts(reasonsForLiving, "reasonsForLiving");
        if (reasonsForLivingDeclined && !reasonsForLiving.isEmpty()) {
            throw Checks.invalid("reasonsForLivingDeclined", "cannot be true when reasons are recorded");
        }
    }

    /**
     * Returns a copy with other warning signs.
     *
     * @param list the warning signs
     * @return the copy, not null; this object is unchanged
     */
    public SafetyPlan withWarningSigns(List<String> list) {
        return new SafetyPlan(list, copingStrategies, distractions, distractionContactIds, helpContactIds,
                professionalContactIds, meansSafety, meansNotNeededReason, reasonsForLiving, reasonsForLivingDeclined, coProduction);
    }

    /**
     * Returns a copy with other means-safety actions.
     *
     * @param list            the step 6 actions; never null
     * @param notNeededReason why step 6 has no action, may be null
     * @return the copy, not null; this object is unchanged
     */
    public SafetyPlan withMeansSafety(List<MeansAction> list, String notNeededReason) {
        return new SafetyPlan(warningSigns, copingStrategies, distractions, distractionContactIds, helpContactIds,
                professionalContactIds, list, notNeededReason, reasonsForLiving, reasonsForLivingDeclined, coProduction);
    }

    /**
     * Returns a copy with other reasons for living.
     *
     * @param list     the person's reasons for living; never null
     * @param declined whether the person chose not to record reasons for living
     * @return the copy, not null; this object is unchanged
     */
    public SafetyPlan withReasonsForLiving(List<String> list, boolean declined) {
        return new SafetyPlan(warningSigns, copingStrategies, distractions, distractionContactIds, helpContactIds,
                professionalContactIds, meansSafety, meansNotNeededReason, list, declined, coProduction);
    }

    /**
     * Returns a copy with another record of how it was made.
     *
     * @param value the record of how it was made
     * @return the copy, not null; this object is unchanged
     */
    public SafetyPlan withCoProduction(CoProduction value) {
        return new SafetyPlan(warningSigns, copingStrategies, distractions, distractionContactIds, helpContactIds,
                professionalContactIds, meansSafety, meansNotNeededReason, reasonsForLiving, reasonsForLivingDeclined, value);
    }

    /**
     * Returns a copy with other step-5 contacts.
     *
     * @param list the step-5 contacts
     * @return the copy, not null; this object is unchanged
     */
    public SafetyPlan withProfessionalContactIds(List<String> list) {
        return new SafetyPlan(warningSigns, copingStrategies, distractions, distractionContactIds, helpContactIds,
                list, meansSafety, meansNotNeededReason, reasonsForLiving, reasonsForLivingDeclined, coProduction);
    }

    /**
     * Returns a copy with other step-2 strategies.
     *
     * @param list the step-2 strategies
     * @return the copy, not null; this object is unchanged
     */
    public SafetyPlan withCopingStrategies(List<String> list) {
        return new SafetyPlan(warningSigns, list, distractions, distractionContactIds, helpContactIds,
                professionalContactIds, meansSafety, meansNotNeededReason, reasonsForLiving, reasonsForLivingDeclined, coProduction);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}

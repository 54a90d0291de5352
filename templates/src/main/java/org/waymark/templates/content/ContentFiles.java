package org.waymark.templates.content;

import java.util.List;
import java.util.Locale;
import org.waymark.templates.content.internal.Arguments;

/**
 * The shapes of the resource files of one locale. Each file names its locale, so a file copied into the
 * wrong folder is caught on reading.
 */
final class ContentFiles {

    private ContentFiles() {
    }

    /**
     * {@code goals.json}.
     *
     * @param locale  the BCP 47 language tag, such as {@code en-GB}
     * @param goals   the goal patterns
     */
    public record Goals(String locale, List<GoalPattern> goals) {
        /**
         * Checks and copies the components.
         *
         * @param locale  the BCP 47 language tag, such as {@code en-GB}
         * @param goals   the goal patterns
         */
        public Goals {
            Arguments.requireText(locale, "locale");
            goals = Arguments.copy(goals, "goals");
        }
    }

    /**
     * {@code interventions.json}.
     *
     * @param locale                         the BCP 47 language tag
     * @param interventions                  the interventions
     * @param associatedConditionTreatments  treatment for associated conditions
     */
    public record Interventions(String locale, List<InterventionOption> interventions,
            List<AssociatedConditionTreatment> associatedConditionTreatments) {
        /**
         * Checks and copies the components.
         *
         * @param locale                         the BCP 47 language tag
         * @param interventions                  the interventions
         * @param associatedConditionTreatments  treatment for associated conditions
         */
        public Interventions {
            Arguments.requireText(locale, "locale");
            interventions = Arguments.copy(interventions, "interventions");
            associatedConditionTreatments = Arguments.copy(associatedConditionTreatments,
                    "associatedConditionTreatments");
        }
    }

    /**
     * {@code safety-plan.json}.
     *
     * @param locale    the BCP 47 language tag
     * @param labels    a heading and prompt for each part of a safety plan
     * @param examples  example entries
     */
    public record SafetyPlan(String locale, List<SafetyPlanLabel> labels, List<SafetyPlanExample> examples) {
        /**
         * Checks and copies the components.
         *
         * @param locale    the BCP 47 language tag
         * @param labels    a heading and prompt for each part of a safety plan
         * @param examples  example entries
         */
        public SafetyPlan {
            Arguments.requireText(locale, "locale");
            labels = Arguments.copy(labels, "labels");
            examples = Arguments.copy(examples, "examples");
        }
    }

    /**
     * {@code crisis-resources.json}.
     *
     * @param locale           the BCP 47 language tag
     * @param crisisResources  the crisis resources
     */
    public record CrisisResources(String locale, List<CrisisResource> crisisResources) {
        /**
         * Checks and copies the components.
         *
         * @param locale           the BCP 47 language tag
         * @param crisisResources  the crisis resources
         */
        public CrisisResources {
            Arguments.requireText(locale, "locale");
            crisisResources = Arguments.copy(crisisResources, "crisisResources");
        }
    }

    /**
     * {@code patient-information.json}.
     *
     * @param locale              the BCP 47 language tag
     * @param patientInformation  the information for the person
     */
    public record Information(String locale, PatientInformation patientInformation) {
        /**
         * Checks the components.
         *
         * @param locale              the BCP 47 language tag
         * @param patientInformation  the information for the person
         */
        public Information {
            Arguments.requireText(locale, "locale");
            java.util.Objects.requireNonNull(patientInformation, "patientInformation");
        }
    }

    /**
     * The five files of one locale's folder, as read.
     *
     * @param locale         the locale
     * @param folder         the folder's resource name, ending in {@code /}
     * @param goals          {@code goals.json}
     * @param interventions  {@code interventions.json}
     * @param safetyPlan     {@code safety-plan.json}
     * @param crisis         {@code crisis-resources.json}
     * @param information    {@code patient-information.json}
     */
    record Folder(Locale locale, String folder, Goals goals, Interventions interventions,
            SafetyPlan safetyPlan, CrisisResources crisis, Information information) {
    }

    /**
     * {@code locales.json}: the locales a jar provides. Every jar on the class path may hold one.
     *
     * @param locales  BCP 47 language tags, such as {@code en-GB}
     */
    public record Locales(List<String> locales) {
        /**
         * Checks and copies the components.
         *
         * @param locales  BCP 47 language tags, such as {@code en-GB}
         */
        public Locales {
            locales = Arguments.copy(locales, "locales");
        }
    }
}

package org.waymark.cli;

import java.util.Locale;

import org.waymark.fhir.TemplateQuestionnaires;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;

/**
 * The templates as FHIR Questionnaires, for {@code fhir questionnaire} and {@code templates --format
 * fhir}. A class of its own so that the FHIR library loads only when one of these runs.
 */
final class FhirQuestionnaires {

    private FhirQuestionnaires() {
    }

    /** One template's Questionnaire in one locale, as FHIR JSON. */
    static String questionnaire(Template template, Locale locale) {
        return TemplateQuestionnaires.toJson(TemplateQuestionnaires.toQuestionnaire(template, locale));
    }

    /** Every template's Questionnaire in every locale, as a collection Bundle in FHIR JSON. */
    static String bundle(TemplateLibrary library) {
        return TemplateQuestionnaires.toJson(TemplateQuestionnaires.toBundle(library));
    }
}

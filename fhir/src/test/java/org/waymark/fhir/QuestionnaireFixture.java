package org.waymark.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.ValueSet;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;

/**
 * Every shipped template's Questionnaire in every locale, and one validator per test JVM that
 * resolves them and their value sets by URL (for QuestionnaireResponses) on top of the module's shared validator set-up.
 */
final class QuestionnaireFixture {

    private QuestionnaireFixture() {
    }

    record Form(Template template, Locale locale, Questionnaire questionnaire) {
        @Override
        public String toString() {
            return template.id() + " " + locale.toLanguageTag();
        }
    }

    private static final class Holder {
        static final List<Form> FORMS = forms();
        static final FhirValidator VALIDATOR = FhirValidatorFixture.build(List.of(new Questionnaires()));
    }

    static List<Form> all() {
        return Holder.FORMS;
    }

    static Form form(String templateId, Locale locale) {
        return all().stream().filter(f -> f.template.id().equals(templateId) && f.locale.equals(locale)).findFirst()
                .orElseThrow();
    }

    private static List<Form> forms() {
        List<Form> out = new ArrayList<>();
        for (Template t : TemplateLibrary.standard().templates()) {
            for (Locale l : t.locales()) {
                out.add(new Form(t, l, TemplateQuestionnaires.toQuestionnaire(t, l)));
            }
        }
        return List.copyOf(out);
    }

    static List<SingleValidationMessage> messages(IBaseResource resource) {
        return Holder.VALIDATOR.validateWithResult(resource).getMessages();
    }

    /** Resolves the Questionnaires by canonical URL, with or without version. */
    private static final class Questionnaires implements IValidationSupport {
        private final Map<String, Questionnaire> byUrl = new TreeMap<>();
        private final Map<String, ValueSet> valueSets = new TreeMap<>();

        Questionnaires() {
            for (Form f : forms()) {
                byUrl.put(f.questionnaire.getUrl(), f.questionnaire);
                f.questionnaire.getContained().forEach(r -> valueSets.put(((ValueSet) r).getUrl(), (ValueSet) r));
            }
        }

        @Override
        public boolean isValueSetSupported(ValidationSupportContext context, String url) {
            return valueSets.containsKey(url);
        }

        @Override
        public IBaseResource fetchValueSet(String url) {
            return valueSets.get(url);
        }

        @Override
        public FhirContext getFhirContext() {
            return WaymarkFhir.context();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            if (url == null) {
                return null;
            }
            if (type != null && type.isAssignableFrom(ValueSet.class) && valueSets.containsKey(url)) {
                return (T) valueSets.get(url);
            }
            if (type != null && !type.isAssignableFrom(Questionnaire.class)) {
                return null;
            }
            int bar = url.indexOf('|');
            return (T) byUrl.get(bar < 0 ? url : url.substring(0, bar));
        }

        @Override
        public String getName() {
            return "waymark-questionnaires";
        }
    }
}

package org.waymark.fhir;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * One HAPI FHIR instance validator per test JVM, offline: HAPI's bundled R4 definitions and
 * terminology, plus Waymark's StructureDefinitions and CodeSystems. Building it and the first
 * validation take seconds, so every test class shares this one. Published in this module's test
 * jar for the tests of modules that depend on it.
 */
public final class FhirValidatorFixture {

    private FhirValidatorFixture() {
    }

    private static final class Holder {
        static final FhirValidator VALIDATOR = build();
    }

    /**
     * Returns the shared validator, building it on first use.
     *
     * @return the validator, not null
     */
    public static FhirValidator shared() {
        return Holder.VALIDATOR;
    }

    private static FhirValidator build() {
        return build(List.of());
    }

    /**
     * Builds a new validator like the shared one, with more validation support in front of the chain
     * (such as one that resolves Questionnaires, for QuestionnaireResponses). Building takes seconds.
     *
     * @param first the support asked first, not null
     * @return a new validator, not null
     */
    public static FhirValidator build(List<IValidationSupport> first) {
        FhirContext ctx = WaymarkFhir.context();
        PrePopulatedValidationSupport waymark = new PrePopulatedValidationSupport(ctx);
        for (Resource r : WaymarkFhir.conformanceResources()) {
            if (r instanceof StructureDefinition sd) {
                waymark.addStructureDefinition(sd);
            } else if (r instanceof CodeSystem cs) {
                waymark.addCodeSystem(cs);
            }
        }
        List<IValidationSupport> supports = new java.util.ArrayList<>(first);
        supports.add(waymark);
        supports.addAll(List.of(
                new DefaultProfileValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx)));
        ValidationSupportChain chain = new ValidationSupportChain(supports.toArray(new IValidationSupport[0]));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        FhirValidator validator = ctx.newValidator();
        validator.registerValidatorModule(module);
        return validator;
    }

    /**
     * Validates and returns the errors and fatal messages.
     *
     * @param resource the resource, not null
     * @return the errors, not null
     */
    public static List<SingleValidationMessage> errors(IBaseResource resource) {
        return errors(messages(resource));
    }

    /**
     * Returns the errors and fatal messages among messages.
     *
     * @param messages the messages, not null
     * @return the errors, not null
     */
    public static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
        return messages.stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    /**
     * Validates and returns all messages.
     *
     * @param resource the resource, not null
     * @return the messages, not null
     */
    public static List<SingleValidationMessage> messages(IBaseResource resource) {
        return shared().validateWithResult(resource).getMessages();
    }

    /**
     * Counts messages by severity and text, with indexes and quoted values taken out, for reports.
     *
     * @param messages the messages, not null
     * @return count by message, sorted, not null
     */
    public static Map<String, Long> summary(List<SingleValidationMessage> messages) {
        return messages.stream().collect(Collectors.groupingBy(
                m -> m.getSeverity() + " " + m.getMessage().replaceAll("\\[\\d+\\]", "[n]").replaceAll("'[^']*'", "'…'"),
                TreeMap::new, Collectors.counting()));
    }

    /**
     * Describes messages one a line, with location.
     *
     * @param messages the messages, not null
     * @return the description, not null
     */
    public static String describe(List<SingleValidationMessage> messages) {
        return messages.stream().map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }
}

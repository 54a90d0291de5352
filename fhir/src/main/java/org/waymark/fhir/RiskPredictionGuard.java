package org.waymark.fhir;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * NO-RISK-PREDICTION at the border: refuses a Bundle that carries a risk prediction, before anything
 * of it is read. Waymark never predicts risk or sorts people into risk levels (NICE NG225 1.6.1,
 * 1.6.3: risk tools and scales are not used to predict future suicide or repetition of self-harm,
 * nor global low/medium/high stratification), so it must not take in such a prediction made
 * elsewhere and carry it on silently.
 * <p>
 * Refused: a RiskAssessment with a {@code prediction}; an Observation coded (in its code, a
 * component's code or a coded value) as a suicide or self-harm risk level or score, such as LOINC
 * {@code 93374-7}; and an extension, anywhere, whose URL names a risk level, risk score or
 * probability.
 */
final class RiskPredictionGuard {

    /** The rule id of the refusal. */
    static final String RULE = "NO-RISK-PREDICTION";

    /** LOINC codes of suicide risk levels and scores. */
    private static final List<String> RISK_LEVEL_CODES = List.of("93374-7", "93373-9");

    private static final Pattern RISK_WORDS = Pattern.compile(
            "risk[ _-]?(level|score|category|rating|stratification|tier|band)|(suicide|suicidal|self[ -]?harm)[a-z ]*risk",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RISK_URL = Pattern.compile(
            "risk-?level|risklevel|risk-?score|riskscore|risk-?category|risk-?rating|probability",
            Pattern.CASE_INSENSITIVE);

    private RiskPredictionGuard() {
    }

    /**
     * Checks a Bundle.
     *
     * @param bundle the Bundle, not null
     * @throws BundleFormatException with rule id {@value #RULE} at the first prediction found
     */
    static void check(Bundle bundle) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource r = bundle.getEntry().get(i).getResource();
            String at = "Bundle.entry[" + i + "].resource";
            if (r instanceof RiskAssessment ra && ra.hasPrediction()) {
                throw refuse(at + ".prediction[0]", "a RiskAssessment with a prediction (a probability or a risk level)");
            }
            if (r instanceof Observation o) {
                concept(o.getCode(), at + ".code");
                for (int c = 0; c < o.getComponent().size(); c++) {
                    concept(o.getComponent().get(c).getCode(), at + ".component[" + c + "].code");
                    if (o.getComponent().get(c).getValue() instanceof CodeableConcept v) {
                        concept(v, at + ".component[" + c + "].value");
                    }
                }
                if (o.getValue() instanceof CodeableConcept v) {
                    concept(v, at + ".value");
                }
            }
            if (r != null) {
                extensions(r, at, 0);
            }
        }
    }

    /**
     * Checks the extensions of any element and of everything under it.
     *
     * @param element the element, not null
     * @param at      its FHIRPath, for the refusal, not null
     * @throws BundleFormatException with rule id {@value #RULE} at the first risk-level extension
     */
    static void checkExtensions(Base element, String at) {
        extensions(element, at, 0);
    }

    private static void concept(CodeableConcept concept, String at) {
        if (concept == null) {
            return;
        }
        for (int i = 0; i < concept.getCoding().size(); i++) {
            Coding c = concept.getCoding().get(i);
            if ((c.getCode() != null && RISK_LEVEL_CODES.contains(c.getCode()))
                    || (c.getDisplay() != null && RISK_WORDS.matcher(c.getDisplay()).find())
                    || (c.getCode() != null && RISK_WORDS.matcher(c.getCode()).find())) {
                throw refuse(at + ".coding[" + i + "]", "an Observation coded as a risk level or risk score");
            }
        }
        if (concept.getText() != null && RISK_WORDS.matcher(concept.getText()).find()) {
            throw refuse(at + ".text", "an Observation coded as a risk level or risk score");
        }
    }

    private static void extensions(Base element, String at, int depth) {
        if (depth > 64) {
            throw new BundleFormatException(at, "elements nested too deeply");
        }
        for (Property p : element.children()) {
            if (!p.hasValues()) {
                continue;
            }
            String name = p.getName().replace("[x]", "");
            List<Base> values = p.getValues();
            for (int i = 0; i < values.size(); i++) {
                Base v = values.get(i);
                String here = at + "." + name + (p.getMaxCardinality() > 1 ? "[" + i + "]" : "");
                if (v instanceof Extension ext && ext.getUrl() != null
                        && RISK_URL.matcher(ext.getUrl().toLowerCase(Locale.ROOT)).find()) {
                    throw refuse(here, "an extension that carries a risk level, risk score or probability");
                }
                if (!v.isPrimitive() && !(v instanceof Resource)) {
                    extensions(v, here, depth + 1);
                }
            }
        }
    }

    private static BundleFormatException refuse(String at, String what) {
        return new BundleFormatException(at, what + " is not taken in: Waymark does not predict risk or "
                + "sort people into risk levels (NICE NG225 1.6.1, 1.6.3)", RULE);
    }
}

package org.waymark.fhir.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.waymark.model.CarePlan;
import org.waymark.model.Coded;
import org.waymark.validation.RuleCatalogue;

/**
 * Generates Waymark's conformance resources from the model and the {@link Placement}s: one
 * StructureDefinition per extension, one CodeSystem per vocabulary. The module ships the generated
 * files; a test checks they still match the model.
 */
public final class ConformanceGenerator {

    /** The CodeSystem of guideline rule ids, used in OperationOutcome issue details. */
    public static final String RULE_SYSTEM = Names.CODE_SYSTEM + "rule";

    private static final String VERSION = "0.1.0";

    private ConformanceGenerator() {
    }

    /**
     * Generates every conformance resource, CodeSystems first, each with a file name.
     *
     * @return file name to resource, in a fixed order, not null
     */
    public static Map<String, Resource> generate() {
        Map<String, Resource> out = new LinkedHashMap<>();
        for (Class<?> e : vocabularies()) {
            CodeSystem cs = codeSystem(e);
            out.put("CodeSystem-" + cs.getName() + ".json", cs);
        }
        CodeSystem rules = ruleSystem();
        out.put("CodeSystem-" + rules.getName() + ".json", rules);
        for (Placement p : Placement.ALL) {
            for (RecordComponent c : p.carried()) {
                StructureDefinition sd = extension(p, c);
                out.put("StructureDefinition-" + sd.getId() + ".json", sd);
            }
        }
        StructureDefinition marker = simple(Names.EXTENSION + "risk-management-plan-recorded",
                "risk-management-plan-recorded", "CarePlan", "boolean", false,
                "A risk management plan was recorded, although it has no entries and no crisis plan yet.");
        out.put("StructureDefinition-" + marker.getId() + ".json", marker);
        return out;
    }

    /**
     * Returns every Waymark vocabulary: the coded values reachable from a plan, and the codes of
     * the exported resources' categories and activities.
     *
     * @return the enums, in a fixed order, not null
     */
    public static List<Class<?>> vocabularies() {
        Set<Class<?>> found = new LinkedHashSet<>();
        walk(CarePlan.class, found, new LinkedHashSet<>());
        found.add(ActivityKind.class);
        found.add(FhirConcept.class);
        return List.copyOf(found);
    }

    private static void walk(Class<?> type, Set<Class<?>> found, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (RecordComponent c : RecordCodec.components(type)) {
            Class<?> v = RecordCodec.valueType(c);
            if (v.isRecord()) {
                walk(v, found, seen);
            } else if (v.isEnum() && Coded.class.isAssignableFrom(v)) {
                found.add(v);
            }
        }
    }

    private static CodeSystem codeSystem(Class<?> type) {
        String name = Names.kebab(Vocabulary.name(type));
        CodeSystem cs = new CodeSystem();
        cs.setId(name);
        cs.setUrl(Vocabulary.system(type));
        cs.setVersion(VERSION);
        cs.setName(Vocabulary.name(type));
        cs.setTitle("Waymark " + Names.words(name).toLowerCase(java.util.Locale.ROOT));
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setExperimental(false);
        cs.setPublisher("Waymark");
        cs.setDescription("Waymark's " + Names.words(name).toLowerCase(java.util.Locale.ROOT)
                + " codes, as written in Waymark plan JSON.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        for (Object constant : type.getEnumConstants()) {
            String code = ((Coded) constant).code();
            cs.addConcept().setCode(code).setDisplay(Names.words(code));
        }
        cs.setCount(cs.getConcept().size());
        return cs;
    }

    private static CodeSystem ruleSystem() {
        CodeSystem cs = new CodeSystem();
        cs.setId("rule");
        cs.setUrl(RULE_SYSTEM);
        cs.setVersion(VERSION);
        cs.setName("Rule");
        cs.setTitle("Waymark guideline rules");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setExperimental(false);
        cs.setPublisher("Waymark");
        cs.setDescription("The ids of Waymark's guideline rules (NICE CG133 and NG225), as in its validation findings.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        for (String id : RuleCatalogue.standard().ids()) {
            cs.addConcept().setCode(id).setDisplay(id);
        }
        cs.setCount(cs.getConcept().size());
        return cs;
    }

    private static StructureDefinition extension(Placement p, RecordComponent c) {
        String url = RecordCodec.url(p.type(), c.getName());
        String id = url.substring(Names.EXTENSION.length());
        boolean repeats = RecordCodec.isList(c);
        Class<?> value = RecordCodec.valueType(c);
        String what = "The " + Names.words(Names.kebab(c.getName())).toLowerCase(java.util.Locale.ROOT)
                + " of a Waymark " + Names.words(Names.kebab(p.type().getSimpleName())).toLowerCase(java.util.Locale.ROOT)
                + " (" + p.type().getSimpleName() + "." + c.getName() + " in plan JSON).";
        if (!value.isRecord()) {
            return simple(url, id, p.context(), RecordCodec.fhirType(value), repeats, what);
        }
        StructureDefinition sd = header(url, id, p.context(), what);
        List<ElementDefinition> diff = sd.getDifferential().getElement();
        ElementDefinition root = new ElementDefinition().setPath("Extension").setShort(shortOf(what)).setDefinition(what)
                .setMin(0).setMax(repeats ? "*" : "1");
        root.setId("Extension");
        diff.add(root);
        parts(diff, "Extension", "Extension", value);
        diff.add(element("Extension.url", "Extension.url").setFixed(new UriType(url)));
        diff.add(element("Extension.value[x]", "Extension.value[x]").setMin(0).setMax("0"));
        return sd;
    }

    private static void parts(List<ElementDefinition> diff, String id, String path, Class<?> record) {
        ElementDefinition sliced = element(id + ".extension", path + ".extension");
        sliced.getSlicing().addDiscriminator().setType(ElementDefinition.DiscriminatorType.VALUE).setPath("url");
        sliced.getSlicing().setOrdered(false).setRules(ElementDefinition.SlicingRules.CLOSED);
        diff.add(sliced);
        for (RecordComponent c : RecordCodec.components(record)) {
            String sliceId = id + ".extension:" + c.getName();
            String slicePath = path + ".extension";
            Class<?> value = RecordCodec.valueType(c);
            String what = Names.words(Names.kebab(c.getName())) + " (" + record.getSimpleName() + "." + c.getName() + ").";
            ElementDefinition slice = element(sliceId, slicePath).setSliceName(c.getName()).setShort(shortOf(what))
                    .setDefinition(what).setMin(0).setMax(RecordCodec.isList(c) ? "*" : "1");
            diff.add(slice);
            if (value.isRecord()) {
                parts(diff, sliceId, slicePath, value);
                diff.add(element(sliceId + ".url", slicePath + ".url").setFixed(new UriType(c.getName())));
                diff.add(element(sliceId + ".value[x]", slicePath + ".value[x]").setMin(0).setMax("0"));
            } else {
                diff.add(element(sliceId + ".extension", slicePath + ".extension").setMax("0"));
                diff.add(element(sliceId + ".url", slicePath + ".url").setFixed(new UriType(c.getName())));
                ElementDefinition v = element(sliceId + ".value[x]", slicePath + ".value[x]").setMin(1);
                v.addType().setCode(RecordCodec.fhirType(value));
                diff.add(v);
            }
        }
    }

    private static StructureDefinition simple(String url, String id, String context, String type, boolean repeats,
                                              String what) {
        StructureDefinition sd = header(url, id, context, what);
        List<ElementDefinition> diff = sd.getDifferential().getElement();
        ElementDefinition root = element("Extension", "Extension").setShort(shortOf(what)).setDefinition(what)
                .setMin(0).setMax(repeats ? "*" : "1");
        diff.add(root);
        diff.add(element("Extension.extension", "Extension.extension").setMax("0"));
        diff.add(element("Extension.url", "Extension.url").setFixed(new UriType(url)));
        ElementDefinition v = element("Extension.value[x]", "Extension.value[x]").setMin(1);
        v.addType().setCode(type);
        diff.add(v);
        return sd;
    }

    private static StructureDefinition header(String url, String id, String context, String what) {
        StructureDefinition sd = new StructureDefinition();
        sd.setId(id);
        sd.setUrl(url);
        sd.setVersion(VERSION);
        sd.setName(pascal(id));
        sd.setTitle("Waymark " + Names.words(id).toLowerCase(java.util.Locale.ROOT));
        sd.setStatus(PublicationStatus.ACTIVE);
        sd.setExperimental(false);
        sd.setPublisher("Waymark");
        sd.setDescription(what);
        sd.setFhirVersion(FHIRVersion._4_0_1);
        sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
        sd.setAbstract(false);
        sd.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression(context);
        sd.setType("Extension");
        sd.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
        sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
        return sd;
    }

    private static ElementDefinition element(String id, String path) {
        ElementDefinition e = new ElementDefinition().setPath(path);
        e.setId(id);
        return e;
    }

    private static String shortOf(String what) {
        return what.length() <= 80 ? what : what.substring(0, 77) + "...";
    }

    private static String pascal(String kebab) {
        StringBuilder sb = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /**
     * Returns the names of generated extension URLs, for tests and documentation.
     *
     * @return the URLs, in a fixed order, not null
     */
    public static List<String> extensionUrls() {
        List<String> urls = new ArrayList<>();
        for (Resource r : generate().values()) {
            if (r instanceof StructureDefinition sd) {
                urls.add(sd.getUrl());
            }
        }
        return urls;
    }

}

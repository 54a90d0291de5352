package org.waymark.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.waymark.fhir.internal.FormItem;
import org.waymark.fhir.internal.FormItem.Kind;
import org.waymark.fhir.internal.Vocabulary;
import org.waymark.json.PlanFormatException;
import org.waymark.json.PlanJson;
import org.waymark.language.LanguageChecker;
import org.waymark.language.LanguageFinding;
import org.waymark.language.LanguageRule;
import org.waymark.model.CarePlan;
import org.waymark.model.Coded;
import org.waymark.model.Person;
import org.waymark.model.PlanPath;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateSection;

/**
 * Reads a QuestionnaireResponse to one of a template's Questionnaires ({@link TemplateQuestionnaires})
 * into a draft plan: the draft the template starts ({@link Template#instantiate}) for the person and
 * date the caller gives, with every answered item written at the place in the plan its linkId names.
 * A list the response answers replaces the template's default list; one it leaves out keeps it, except
 * that default references to contacts the response's contact list no longer has are dropped. A
 * template contact (such as a crisis line the template adds for the locale) that an answer refers to
 * stays in the plan even when the response gives its own contact list: form engines send the
 * template's initial references back as answers, and the Questionnaire cannot offer the template's
 * contacts as initial repeats of the contact group.
 * Repeats of a group whose record has an id and whose id item is left empty are numbered
 * ({@code goals-1}, {@code goals-2}, ...).
 * <p>
 * Refused, with a {@link ResponseFormatException} that gives the FHIRPath and linkId: an unknown
 * linkId, an answer of the wrong type, a coding outside the item's value set, several answers to an
 * item that does not repeat, an item given twice, free text that sorts people into risk levels and
 * any extension that carries a risk level, score or probability (rule {@code NO-RISK-PREDICTION}), a
 * plan the answers make invalid, and JSON larger or deeper than {@link FhirImport} reads.
 * <p>
 * This class is thread-safe.
 */
public final class ResponseImport {

    /** The rule id of a refused risk level. */
    public static final String NO_RISK_PREDICTION = RiskPredictionGuard.RULE;

    private static final String ROOT = "QuestionnaireResponse";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory BOUNDED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(FhirImport.MAX_DEPTH)
                    .maxStringLength(FhirImport.MAX_DOCUMENT_LENGTH)
                    .maxNumberLength(100)
                    .maxNameLength(256)
                    .maxDocumentLength(FhirImport.MAX_DOCUMENT_LENGTH)
                    .maxTokenCount(2_000_000)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final LanguageChecker LANGUAGE = LanguageChecker.standard();

    private ResponseImport() {
    }

    /**
     * Parses FHIR JSON into a QuestionnaireResponse, bounded and strict, without reading it as a plan.
     *
     * @param json the response as JSON, not null
     * @return the response, not null
     * @throws ResponseFormatException if the JSON is too large or deep, malformed, or not an R4 QuestionnaireResponse
     */
    public static QuestionnaireResponse parse(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > FhirImport.MAX_DOCUMENT_LENGTH) {
            throw new ResponseFormatException(ROOT, null, "the document is larger than "
                    + FhirImport.MAX_DOCUMENT_LENGTH + " characters", null);
        }
        try (JsonParser p = BOUNDED.createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    throw new ResponseFormatException(ROOT, null, "null is not a FHIR JSON value (line "
                            + p.currentLocation().getLineNr() + ")", null);
                }
            }
        } catch (StreamConstraintsException e) {
            throw new ResponseFormatException(ROOT, null, "the document is too large or nested too deeply", null);
        } catch (JsonProcessingException e) {
            throw new ResponseFormatException(ROOT, null, "not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IParser parser = WaymarkFhir.context().newJsonParser();
        parser.setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(QuestionnaireResponse.class, json);
        } catch (DataFormatException e) {
            throw new ResponseFormatException(ROOT, null, "not a valid FHIR R4 QuestionnaireResponse: an element is "
                    + "unknown, repeated, or has a value of the wrong form, or the resource is of another type", null);
        }
    }

    /**
     * Reads a response in FHIR JSON into a draft plan.
     *
     * @param json     the response, not null
     * @param template the template whose Questionnaire was answered, not null
     * @param planId   the new plan's id, not null
     * @param person   the person, from the caller (their locale chooses the template's words), not null
     * @param date     the plan's start date, not null
     * @return the draft plan, not null
     * @throws ResponseFormatException if the response cannot be read as a plan
     */
    public static CarePlan read(String json, Template template, String planId, Person person, LocalDate date) {
        return toPlan(parse(json), template, planId, person, date);
    }

    /**
     * Reads a response into a draft plan.
     *
     * @param response the response, not null
     * @param template the template whose Questionnaire was answered, not null
     * @param planId   the new plan's id, not null
     * @param person   the person, from the caller, not null
     * @param date     the plan's start date, not null
     * @return the draft plan, not null
     * @throws ResponseFormatException if the response cannot be read as a plan
     */
    public static CarePlan toPlan(QuestionnaireResponse response, Template template, String planId, Person person,
                                  LocalDate date) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(template, "template");
        try {
            RiskPredictionGuard.checkExtensions(response, ROOT);
        } catch (BundleFormatException e) {
            throw new ResponseFormatException(e.location(), null, e.reason(), e.ruleId().orElse(null));
        }
        String canonical = response.getQuestionnaire();
        String base = TemplateQuestionnaires.QUESTIONNAIRE + template.id() + "-";
        if (canonical == null || !canonical.startsWith(base)) {
            throw new ResponseFormatException(ROOT + ".questionnaire", null,
                    "expected a response to a Questionnaire of template " + template.id() + " (" + base + "…)", null);
        }
        ObjectNode document = (ObjectNode) documentOf(template.instantiate(planId, person, date));
        ObjectNode plan = (ObjectNode) document.get("plan");
        JsonNode templateContacts = plan.has("contacts") ? plan.get("contacts").deepCopy() : JsonNodeFactory.instance.arrayNode();
        Map<String, TemplateSection> sections = new LinkedHashMap<>();
        template.sections().forEach(s -> sections.put(FormItem.sectionLinkId(s), s));
        Map<List<String>, JsonNode> contactDefaults = new LinkedHashMap<>();
        for (TemplateSection s : template.sections()) {
            for (FormItem f : FormItem.section(template, s)) {
                for (FormItem c : f.kind() == Kind.GROUP && !f.repeats() ? f.children() : List.of(f)) {
                    String name = c.path().get(c.path().size() - 1);
                    JsonNode value = TemplateQuestionnaires.at(plan, c.path());
                    if ((name.endsWith("ContactIds") || name.equals("contactIds")) && value != null) {
                        contactDefaults.put(c.path(), value);
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < response.getItem().size(); i++) {
            QuestionnaireResponseItemComponent item = response.getItem().get(i);
            String at = ROOT + ".item[" + i + "]";
            TemplateSection section = sections.get(item.getLinkId());
            if (section == null) {
                throw new ResponseFormatException(at + ".linkId", item.getLinkId() == null ? null : safe(item.getLinkId()),
                        "unknown linkId: expected a section of template " + template.id(), null);
            }
            if (!seen.add(item.getLinkId())) {
                throw new ResponseFormatException(at, item.getLinkId(), "the section is given twice", null);
            }
            if (item.hasAnswer()) {
                throw new ResponseFormatException(at + ".answer[0]", item.getLinkId(), "a section group takes no answers", null);
            }
            List<FormItem> items = new ArrayList<>();
            for (FormItem f : FormItem.section(template, section)) {
                if (f.kind() == Kind.GROUP && !f.repeats()) {
                    items.addAll(f.children());
                } else {
                    items.add(f);
                }
            }
            fill(plan, item.getItem(), items, at, item.getLinkId() + ":");
        }
        pruneDefaultContacts(plan, contactDefaults);
        keepReferencedTemplateContacts(plan, templateContacts);
        for (TemplateSection s : template.sections()) {
            completeBooleans(plan, FormItem.section(template, s));
        }
        try {
            return PlanJson.read(JSON.writeValueAsString(document));
        } catch (PlanFormatException e) {
            String linkId = null;
            String path = e.path();
            if (path.startsWith("$.plan.")) {
                try {
                    linkId = TemplateQuestionnaires.linkId(template, PlanPath.parse(path.substring("$.plan.".length())))
                            .orElse(null);
                } catch (IllegalArgumentException ignored) {
                    linkId = null;
                }
            }
            throw new ResponseFormatException(ROOT, linkId, "the answers do not make a valid plan: " + e.problem(),
                    e.ruleId().orElse(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan's JSON", e);
        }
    }

    /**
     * The template's default references to contacts (such as the crisis lines in the safety plan) that
     * the response left as they were keep only the contacts the plan still has: a response that gives
     * its own contact list replaces the template's crisis contacts.
     */
    private static void pruneDefaultContacts(ObjectNode plan, Map<List<String>, JsonNode> defaults) {
        Set<String> ids = new HashSet<>();
        JsonNode contacts = plan.get("contacts");
        if (contacts != null) {
            contacts.forEach(c -> ids.add(c.path("id").asText()));
        }
        for (Map.Entry<List<String>, JsonNode> e : defaults.entrySet()) {
            if (TemplateQuestionnaires.at(plan, e.getKey()) == e.getValue()) {
                ArrayNode kept = JsonNodeFactory.instance.arrayNode();
                e.getValue().forEach(id -> {
                    if (ids.contains(id.asText())) {
                        kept.add(id);
                    }
                });
                put(plan, e.getKey(), kept);
            }
        }
    }

    /** Adds back the template's contacts that an answer refers to and the plan's contact list lacks. */
    private static void keepReferencedTemplateContacts(ObjectNode plan, JsonNode templateContacts) {
        Set<String> referenced = new java.util.LinkedHashSet<>();
        references(plan, referenced);
        Set<String> present = new HashSet<>();
        JsonNode contacts = plan.get("contacts");
        if (contacts != null) {
            contacts.forEach(c -> present.add(c.path("id").asText()));
        }
        ArrayNode list = contacts instanceof ArrayNode a ? a : plan.putArray("contacts");
        for (JsonNode c : templateContacts) {
            String id = c.path("id").asText();
            if (referenced.contains(id) && present.add(id)) {
                list.add(c);
            }
        }
    }

    /** The values of every {@code contactId} and {@code …ContactIds} property anywhere in the plan. */
    private static void references(JsonNode node, Set<String> out) {
        if (node.isArray()) {
            node.forEach(n -> references(n, out));
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                String name = e.getKey();
                if (name.equals("contactId") || name.equals("contactIds") || name.endsWith("ContactIds")) {
                    if (e.getValue().isArray()) {
                        e.getValue().forEach(v -> out.add(v.asText()));
                    } else if (e.getValue().isTextual()) {
                        out.add(e.getValue().asText());
                    }
                } else {
                    references(e.getValue(), out);
                }
            });
        }
    }

    /** Yes-or-no values a form leaves unanswered are no, in every record the answers made. */
    private static void completeBooleans(JsonNode node, List<FormItem> items) {
        for (FormItem f : items) {
            if (f.primitiveBoolean()) {
                JsonNode parent = f.path().size() == 1 ? node
                        : TemplateQuestionnaires.at(node, f.path().subList(0, f.path().size() - 1));
                String name = f.path().get(f.path().size() - 1);
                if (parent instanceof ObjectNode o && !o.has(name)) {
                    o.put(name, false);
                }
            } else if (f.kind() == Kind.GROUP && f.repeats()) {
                JsonNode list = TemplateQuestionnaires.at(node, f.path());
                if (list != null && list.isArray()) {
                    list.forEach(element -> completeBooleans(element, f.children()));
                }
            } else if (f.kind() == Kind.GROUP) {
                completeBooleans(node, f.children());
            }
        }
    }

    private static void fill(ObjectNode node, List<QuestionnaireResponseItemComponent> answered, List<FormItem> items,
                             String at, String displayPrefix) {
        Map<String, FormItem> byId = new LinkedHashMap<>();
        items.forEach(f -> byId.put(f.linkId(), f));
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < answered.size(); k++) {
            QuestionnaireResponseItemComponent item = answered.get(k);
            String here = at + ".item[" + k + "]";
            String linkId = item.getLinkId();
            if (linkId == null) {
                throw new ResponseFormatException(here + ".linkId", null, "required element is missing", null);
            }
            FormItem f = byId.get(linkId);
            if (f == null) {
                if (linkId.startsWith(displayPrefix) && !item.hasAnswer() && !item.hasItem()) {
                    continue;
                }
                throw new ResponseFormatException(here + ".linkId", safe(linkId),
                        "unknown linkId: the Questionnaire has no such item here", null);
            }
            if (f.kind() == Kind.GROUP) {
                if (item.hasAnswer()) {
                    throw new ResponseFormatException(here + ".answer[0]", linkId, "a group takes no answers", null);
                }
                if (!f.repeats()) {
                    if (!seen.add(linkId)) {
                        throw new ResponseFormatException(here, linkId, "the item is given twice", null);
                    }
                    fill(node, item.getItem(), f.children(), here, displayPrefix);
                    continue;
                }
                ArrayNode list;
                if (seen.add(linkId)) {
                    list = JsonNodeFactory.instance.arrayNode();
                    put(node, f.path(), list);
                } else {
                    list = (ArrayNode) TemplateQuestionnaires.at(node, f.path());
                }
                ObjectNode element = JsonNodeFactory.instance.objectNode();
                fill(element, item.getItem(), f.children(), here, displayPrefix);
                if (f.idProperty() && !element.has("id")) {
                    element.put("id", f.path().get(f.path().size() - 1) + "-" + (list.size() + 1));
                }
                list.add(element);
                continue;
            }
            if (!seen.add(linkId)) {
                throw new ResponseFormatException(here, linkId, "the item is given twice; give its answers in one item", null);
            }
            if (item.hasItem()) {
                throw new ResponseFormatException(here + ".item[0]", linkId, "a question takes no nested items", null);
            }
            List<QuestionnaireResponseItemAnswerComponent> answers = item.getAnswer();
            if (answers.isEmpty()) {
                continue;
            }
            if (!f.repeats() && answers.size() > 1) {
                throw new ResponseFormatException(here + ".answer[1]", linkId, "the item takes one answer", null);
            }
            ArrayNode values = JsonNodeFactory.instance.arrayNode();
            for (int a = 0; a < answers.size(); a++) {
                QuestionnaireResponseItemAnswerComponent answer = answers.get(a);
                String where = here + ".answer[" + a + "]";
                if (answer.hasItem()) {
                    throw new ResponseFormatException(where + ".item[0]", linkId, "an answer takes no nested items", null);
                }
                values.add(value(f, answer.getValue(), where + ".value", linkId));
            }
            put(node, f.path(), f.repeats() ? values : values.get(0));
        }
    }

    private static JsonNode value(FormItem f, Type value, String at, String linkId) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        switch (f.kind()) {
            case STRING, TEXT -> {
                if (value instanceof StringType s && s.getValue() != null) {
                    for (LanguageFinding finding : LANGUAGE.check(s.getValue())) {
                        if (finding.rule() == LanguageRule.RISK_STRATIFICATION_LANGUAGE) {
                            throw new ResponseFormatException(at, linkId, "free text that sorts the person into a risk "
                                    + "level is not taken in: Waymark does not predict risk or sort people into risk "
                                    + "levels (NICE NG225 1.6.1, 1.6.3)", NO_RISK_PREDICTION);
                        }
                    }
                    return json.textNode(s.getValue());
                }
                throw wrongType(at, linkId, "valueString");
            }
            case DATE -> {
                if (value instanceof DateType d && d.getValue() != null) {
                    if (d.getPrecision() != TemporalPrecisionEnum.DAY) {
                        throw new ResponseFormatException(at, linkId, "a full date (year, month and day) is needed", null);
                    }
                    return json.textNode(d.getValueAsString());
                }
                throw wrongType(at, linkId, "valueDate");
            }
            case BOOLEAN -> {
                if (value instanceof BooleanType b && b.getValue() != null) {
                    return json.booleanNode(b.getValue());
                }
                throw wrongType(at, linkId, "valueBoolean");
            }
            case INTEGER -> {
                if (value instanceof IntegerType i && i.getValue() != null) {
                    return json.numberNode(i.getValue());
                }
                throw wrongType(at, linkId, "valueInteger");
            }
            case CHOICE -> {
                if (value instanceof Coding c) {
                    if (!Vocabulary.system(f.vocabulary()).equals(c.getSystem())) {
                        throw new ResponseFormatException(at + ".system", linkId, "the coding is outside the item's "
                                + "value set: expected the code system " + Vocabulary.system(f.vocabulary()), null);
                    }
                    for (Object v : f.vocabulary().getEnumConstants()) {
                        if (((Coded) v).code().equals(c.getCode())) {
                            return json.textNode(c.getCode());
                        }
                    }
                    throw new ResponseFormatException(at + ".code", linkId, "the code is outside the item's value set "
                            + Vocabulary.system(f.vocabulary()), null);
                }
                throw wrongType(at, linkId, "valueCoding");
            }
            default -> throw new IllegalStateException("group has no value");
        }
    }

    private static ResponseFormatException wrongType(String at, String linkId, String expected) {
        return new ResponseFormatException(at, linkId, "wrong answer type: expected " + expected, null);
    }

    private static void put(ObjectNode node, List<String> path, JsonNode value) {
        ObjectNode n = node;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode next = n.get(path.get(i));
            if (next == null || !next.isObject()) {
                next = n.putObject(path.get(i));
            }
            n = (ObjectNode) next;
        }
        n.set(path.get(path.size() - 1), value);
    }

    private static JsonNode documentOf(CarePlan plan) {
        try {
            return JSON.readTree(PlanJson.write(plan));
        } catch (IOException e) {
            throw new IllegalStateException("PlanJson wrote JSON Jackson cannot read", e);
        }
    }

    /** A linkId from the response, cut short so that a message cannot carry much of what was written. */
    private static String safe(String linkId) {
        String s = linkId.length() > 80 ? linkId.substring(0, 80) + "…" : linkId;
        return s.replaceAll("[^A-Za-z0-9.\\[\\]:_-]", "?");
    }
}

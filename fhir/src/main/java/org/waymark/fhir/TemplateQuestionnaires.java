package org.waymark.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;
import org.waymark.fhir.internal.FormItem;
import org.waymark.fhir.internal.FormItem.Kind;
import org.waymark.fhir.internal.Names;
import org.waymark.fhir.internal.Narratives;
import org.waymark.fhir.internal.Vocabulary;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.model.Coded;
import org.waymark.model.Person;
import org.waymark.model.PlanPath;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;
import org.waymark.templates.TemplateSection;
import org.waymark.templates.TemplateText;

/**
 * Waymark's templates as FHIR R4 Structured Data Capture Questionnaires, and the
 * QuestionnaireResponse a plan would give.
 * <p>
 * One Questionnaire per template and locale: a group per section (its heading as text, its prompts as
 * display items), under it one item per value of the part of the plan the section fills. The
 * {@code linkId} of an item is the {@link PlanPath} of the value it fills with every list index
 * written as {@code []}, so {@code safetyPlan.warningSigns}, {@code goals[].dueDate},
 * {@code sharing.gp.sharedOn}; the k-th repeat of a repeating group (a list of records) fills index k.
 * Section groups are {@code section:<code>}, their prompts {@code section:<code>:prompt-<n>}. Closed
 * vocabularies are {@code answerValueSet}s contained in the Questionnaire, each all of one of the
 * module's CodeSystems; lists are repeating items; the template's defaults are {@code initial} values.
 * Nothing asks for a risk level, a score or a probability.
 * <p>
 * This class is thread-safe.
 */
public final class TemplateQuestionnaires {

    /** The prefix of every Questionnaire's canonical URL; the template id and locale follow. */
    public static final String QUESTIONNAIRE = Names.CANONICAL + "/Questionnaire/";

    /** The version of the linkId scheme; a response to any Questionnaire of this version imports. */
    public static final String VERSION = "1.0.0";

    private static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    private static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
    private static final LocalDate DEFAULTS_DATE = LocalDate.of(2000, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateQuestionnaires() {
    }

    /**
     * Returns the canonical URL of a template's Questionnaire in a locale.
     *
     * @param templateId the template's id, not null
     * @param locale     the locale, not null
     * @return {@code https://waymark.org/fhir/Questionnaire/<id>-<tag>}, not null
     */
    public static String url(String templateId, Locale locale) {
        return QUESTIONNAIRE + templateId + "-" + FormItem.tag(locale);
    }

    /**
     * Builds a template's Questionnaire in one locale.
     *
     * @param template the template, not null
     * @param locale   one of the template's locales, not null
     * @return a new Questionnaire, not null
     * @throws IllegalArgumentException if the template has no words in the locale
     */
    public static Questionnaire toQuestionnaire(Template template, Locale locale) {
        Objects.requireNonNull(template, "template");
        TemplateText text = template.text(locale);
        Questionnaire q = new Questionnaire();
        q.setId(template.id() + "-" + FormItem.tag(locale));
        q.setUrl(url(template.id(), locale));
        q.setVersion(VERSION);
        q.setName(Names.words(template.id()).replace(" ", ""));
        q.setTitle(text.title());
        q.setDescription(text.description());
        q.setText(Narratives.of(text.title(), text.description()));
        q.setLanguage(locale.toLanguageTag());
        q.setStatus(PublicationStatus.ACTIVE);
        q.setExperimental(false);
        q.setPublisher("Waymark");
        q.addSubjectType("Patient");
        JsonNode defaults = defaults(template, locale);
        Map<Class<?>, ValueSet> valueSets = new LinkedHashMap<>();
        for (TemplateSection section : template.sections()) {
            QuestionnaireItemComponent group = q.addItem();
            group.setLinkId(FormItem.sectionLinkId(section));
            group.setType(QuestionnaireItemType.GROUP);
            group.setText(text.section(section).title());
            List<String> prompts = text.section(section).prompts();
            for (int i = 0; i < prompts.size(); i++) {
                group.addItem().setLinkId(FormItem.sectionLinkId(section) + ":prompt-" + (i + 1))
                        .setType(QuestionnaireItemType.DISPLAY).setText(prompts.get(i));
            }
            for (FormItem item : FormItem.section(template, section)) {
                if (item.kind() == Kind.GROUP && !item.repeats()) {
                    item.children().forEach(c -> group.addItem(item(c, locale, defaults, valueSets)));
                } else {
                    group.addItem(item(item, locale, defaults, valueSets));
                }
            }
            if (section == TemplateSection.NEEDS_ASSESSMENT && template.sections().contains(TemplateSection.PERSON)) {
                QuestionnaireItemComponent reminder = new QuestionnaireItemComponent();
                reminder.setLinkId(FormItem.sectionLinkId(section) + ":dependent-children");
                reminder.setType(QuestionnaireItemType.DISPLAY);
                reminder.setText("The person has dependent children: add a finding for the dependent children domain.");
                reminder.addEnableWhen().setQuestion("person.hasDependentChildren")
                        .setOperator(Questionnaire.QuestionnaireItemOperator.EQUAL).setAnswer(new BooleanType(true));
                group.getItem().add(prompts.size(), reminder);
            }
        }
        for (ValueSet vs : valueSets.values()) {
            q.addContained(vs);
        }
        return q;
    }

    /**
     * Builds the Questionnaires of every template in every locale it has, as a collection Bundle.
     *
     * @param library the templates, not null
     * @return a new Bundle, in library order then locale order, not null
     */
    public static Bundle toBundle(TemplateLibrary library) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        for (Template t : library.templates()) {
            for (Locale l : t.locales()) {
                Questionnaire q = toQuestionnaire(t, l);
                b.addEntry().setFullUrl(q.getUrl()).setResource(q);
            }
        }
        return b;
    }

    /**
     * Writes a resource as pretty FHIR JSON.
     *
     * @param resource the resource, not null
     * @return the JSON, not null
     */
    public static String toJson(org.hl7.fhir.r4.model.Resource resource) {
        return WaymarkFhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    private static QuestionnaireItemComponent item(FormItem f, Locale locale, JsonNode defaults,
                                                   Map<Class<?>, ValueSet> valueSets) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent();
        item.setLinkId(f.linkId());
        item.setText(f.label(locale));
        if (f.repeats()) {
            item.setRepeats(true);
        }
        if (f.required()) {
            item.setRequired(true);
        }
        switch (f.kind()) {
            case GROUP -> {
                item.setType(QuestionnaireItemType.GROUP);
                for (FormItem c : f.children()) {
                    item.addItem(item(c, locale, defaults, valueSets));
                }
                return item;
            }
            case STRING -> item.setType(QuestionnaireItemType.STRING);
            case TEXT -> item.setType(QuestionnaireItemType.TEXT);
            // No entryFormat on dates: it is only a hint, and LHC-Forms shows it as the placeholder
            // while it reads what is typed as MM/DD/YYYY whatever the hint says, so "DD/MM/YYYY"
            // turned 03/12/2026 into 12 March. Each engine's own placeholder matches how it reads.
            case DATE -> item.setType(QuestionnaireItemType.DATE);
            case BOOLEAN -> item.setType(QuestionnaireItemType.BOOLEAN);
            case INTEGER -> item.setType(QuestionnaireItemType.INTEGER);
            case CHOICE -> {
                item.setType(QuestionnaireItemType.CHOICE);
                ValueSet vs = valueSets.computeIfAbsent(f.vocabulary(), TemplateQuestionnaires::valueSet);
                item.setAnswerValueSet("#" + vs.getId());
                item.addExtension(ITEM_CONTROL, new CodeableConcept(new Coding(ITEM_CONTROL_SYSTEM, "drop-down", "Drop down")));
            }
        }
        if (f.linkId().equals("safetyPlan.reasonsForLivingDeclined")) {
            item.addEnableWhen().setQuestion("safetyPlan.reasonsForLiving")
                    .setOperator(Questionnaire.QuestionnaireItemOperator.EXISTS).setAnswer(new BooleanType(false));
        }
        if (f.linkId().equals("sharing.gp.notSharedReason")) {
            item.addEnableWhen().setQuestion("sharing.gp.sharedOn")
                    .setOperator(Questionnaire.QuestionnaireItemOperator.EXISTS).setAnswer(new BooleanType(false));
        }
        if (f.kind() != Kind.DATE && !f.linkId().contains("[]")) {
            JsonNode value = at(defaults, f.path());
            for (JsonNode v : value == null ? List.<JsonNode>of() : value.isArray() ? list(value) : List.of(value)) {
                Type t = answer(f, v);
                if (t != null && !(f.primitiveBoolean() && !v.asBoolean())) {
                    item.addInitial().setValue(t);
                }
            }
        }
        return item;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static ValueSet valueSet(Class<?> vocabulary) {
        String system = Vocabulary.system(vocabulary);
        ValueSet vs = new ValueSet();
        vs.setId(Names.kebab(vocabulary.getSimpleName()));
        vs.setUrl(Names.CANONICAL + "/ValueSet/" + vs.getId());
        vs.setStatus(PublicationStatus.ACTIVE);
        vs.getCompose().addInclude().setSystem(system);
        ValueSet.ValueSetExpansionComponent expansion = vs.getExpansion();
        expansion.setTimestamp(java.util.Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
        for (Object value : vocabulary.getEnumConstants()) {
            Coding c = Vocabulary.coding((Coded) value);
            expansion.addContains().setSystem(c.getSystem()).setCode(c.getCode()).setDisplay(c.getDisplay());
        }
        expansion.setTotal(expansion.getContains().size());
        return vs;
    }

    /** The draft a template starts, as Waymark JSON, for the initial values. */
    private static JsonNode defaults(Template template, Locale locale) {
        Person person = new Person("person", null, null, null, locale, null, null);
        return planNode(template.instantiate("defaults", person, DEFAULTS_DATE));
    }

    static JsonNode planNode(CarePlan plan) {
        try {
            return JSON.readTree(PlanJson.write(plan)).get("plan");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PlanJson wrote JSON Jackson cannot read", e);
        }
    }

    static JsonNode at(JsonNode node, List<String> path) {
        JsonNode n = node;
        for (String p : path) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(p);
        }
        return n == null || n.isNull() ? null : n;
    }

    /** The FHIR value of one JSON value of an item, or null when the item takes no such value. */
    static Type answer(FormItem f, JsonNode v) {
        return switch (f.kind()) {
            case STRING, TEXT -> new StringType(v.asText());
            case DATE -> new DateType(v.asText());
            case BOOLEAN -> new BooleanType(v.asBoolean());
            case INTEGER -> new IntegerType(v.asInt());
            case CHOICE -> {
                for (Object value : f.vocabulary().getEnumConstants()) {
                    if (((Coded) value).code().equals(v.asText())) {
                        yield Vocabulary.coding((Coded) value);
                    }
                }
                throw new IllegalStateException("unknown code in " + f.linkId());
            }
            case GROUP -> null;
        };
    }

    /**
     * Builds the response a plan gives to a template's Questionnaire: every value of the plan the
     * Questionnaire asks for, as answers. Values the template does not cover are left out.
     *
     * @param plan     the plan, not null
     * @param template the template, not null
     * @param locale   one of the template's locales, not null
     * @return a new completed QuestionnaireResponse, not null
     */
    public static QuestionnaireResponse toResponse(CarePlan plan, Template template, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        template.text(locale);
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setQuestionnaire(url(template.id(), locale) + "|" + VERSION);
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setLanguage(locale.toLanguageTag());
        JsonNode root = planNode(plan);
        for (TemplateSection section : template.sections()) {
            QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent();
            group.setLinkId(FormItem.sectionLinkId(section));
            for (FormItem item : FormItem.section(template, section)) {
                if (item.kind() == Kind.GROUP && !item.repeats()) {
                    item.children().forEach(c -> respond(c, root, group.getItem(), false, locale));
                } else {
                    respond(item, root, group.getItem(), false, locale);
                }
            }
            if (group.hasItem()) {
                r.addItem(group);
            }
        }
        return r;
    }

    /**
     * Adds the answers of one item. A Java {@code boolean} that is false is written only inside a
     * record below the section (so that the record is there even when all its values are no); at the
     * section's level false is what an unanswered item means.
     */
    private static void respond(FormItem f, JsonNode parent, List<QuestionnaireResponseItemComponent> out,
                                boolean nested, Locale locale) {
        JsonNode v = at(parent, f.path());
        if (f.kind() == Kind.GROUP && !f.repeats()) {
            QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent().setLinkId(f.linkId());
            if (at(parent, f.path()) == null) {
                return;
            }
            f.children().forEach(c -> respond(c, parent, group.getItem(), true, locale));
            if (group.hasItem()) {
                out.add(group);
            }
            return;
        }
        if (v == null) {
            return;
        }
        if (f.kind() == Kind.GROUP) {
            for (JsonNode element : v) {
                QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent().setLinkId(f.linkId());
                f.children().forEach(c -> respond(c, element, group.getItem(), true, locale));
                if (group.hasItem()) {
                    out.add(group);
                }
            }
            return;
        }
        List<JsonNode> values = v.isArray() ? list(v) : List.of(v);
        QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(f.linkId());
        item.setText(f.label(locale));
        for (JsonNode value : values) {
            if (f.primitiveBoolean() && !value.asBoolean() && !nested) {
                continue;
            }
            item.addAnswer().setValue(answer(f, value));
        }
        if (item.hasAnswer()) {
            out.add(item);
        }
    }

    /**
     * Returns the linkId of the item that holds a place in the plan, so that a form can show a
     * validation finding next to the field: the item of the path itself, or of the nearest enclosing
     * value the template asks for. A record that the section spreads over its fields (such as
     * {@code aimsAgreement}) has no item of its own; its findings go to its first field.
     *
     * @param template the template, not null
     * @param path     a plan path, such as a finding's, not null
     * @return the linkId, or empty when the template does not cover that part of the plan
     */
    public static Optional<String> linkId(Template template, PlanPath path) {
        Objects.requireNonNull(path, "path");
        List<FormItem> items = new ArrayList<>();
        for (TemplateSection s : template.sections()) {
            items.addAll(FormItem.section(template, s));
        }
        String text = path.toString().replaceAll("\\[\\d+]", "[]");
        while (!text.isEmpty()) {
            FormItem f = FormItem.find(items, text);
            if (f != null && f.kind() == Kind.GROUP && !f.repeats() && items.contains(f)) {
                // A record the section spreads over its fields has no item of its own: its first field.
                return Optional.of(f.children().get(0).linkId());
            }
            if (f != null) {
                return Optional.of(f.linkId());
            }
            int cut = Math.max(text.lastIndexOf('.'), text.endsWith("[]") ? text.length() - 2 : -1);
            text = cut < 0 ? "" : text.substring(0, cut);
        }
        return Optional.empty();
    }
}

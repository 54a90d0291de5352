package org.waymark.templates.content;

import org.waymark.model.GoalArea;
import org.waymark.model.GoalTerm;
import org.waymark.model.Modality;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.waymark.locale.UnsupportedLocaleException;
import org.waymark.templates.content.internal.Arguments;

/**
 * The content library of one locale: SMART goal patterns, interventions, treatment for associated
 * conditions, safety-plan labels and examples, crisis resources, and information for the person.
 * <p>
 * The content is data shipped as JSON resources, one folder per locale, so adding a locale means adding
 * resources, not code. Load it with {@link #load(Locale)}; a host adds or replaces local crisis services
 * with {@link #withCrisisResources(Collection)}, which returns a new library.
 * <p>
 * Nothing here asks for or holds a risk score or a low, medium or high risk level
 * (NICE NG225 1.6.1–1.6.4).
 * <p>
 * The canonical constructor checks that ids are unique, that every short-term goal links to a long-term
 * goal in the library, that every part of a safety plan has a label, and that there is an emergency
 * number. This class is immutable and thread-safe.
 *
 * @param locale                         the locale of the text, not null
 * @param goals                          the SMART goal patterns, not null
 * @param interventions                  the interventions, not null
 * @param associatedConditionTreatments  treatment for associated conditions, not null
 * @param safetyPlanLabels               a heading and prompt for every part of a safety plan, not null
 * @param safetyPlanExamples             example safety-plan entries, not null
 * @param crisisResources                crisis resources, including at least one emergency number, not null
 * @param patientInformation             the information for the person, not null
 */
public record ContentLibrary(
        Locale locale,
        List<GoalPattern> goals,
        List<InterventionOption> interventions,
        List<AssociatedConditionTreatment> associatedConditionTreatments,
        List<SafetyPlanLabel> safetyPlanLabels,
        List<SafetyPlanExample> safetyPlanExamples,
        List<CrisisResource> crisisResources,
        PatientInformation patientInformation) {

    /** The shipped library of each language and country asked for, or empty when none ships for it. */
    private static final Map<Locale, Optional<ContentLibrary>> CACHE = new ConcurrentHashMap<>();

    /**
     * Checks and copies the components.
     *
     * @param locale                         the locale of the text, not null
     * @param goals                          the SMART goal patterns, not null
     * @param interventions                  the interventions, not null
     * @param associatedConditionTreatments  treatment for associated conditions, not null
     * @param safetyPlanLabels               a heading and prompt for every part of a safety plan, not null
     * @param safetyPlanExamples             example safety-plan entries, not null
     * @param crisisResources                crisis resources, including at least one emergency number, not null
     * @param patientInformation             the information for the person, not null
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if ids repeat, a short-term goal links to no long-term goal of the
     *         library, a safety-plan part has no label or two, or there is no emergency number
     */
    public ContentLibrary {
        Objects.requireNonNull(locale, "locale");
        goals = Arguments.copy(goals, "goals");
        interventions = Arguments.copy(interventions, "interventions");
        associatedConditionTreatments = Arguments.copy(associatedConditionTreatments,
                "associatedConditionTreatments");
        safetyPlanLabels = Arguments.copy(safetyPlanLabels, "safetyPlanLabels");
        safetyPlanExamples = Arguments.copy(safetyPlanExamples, "safetyPlanExamples");
        crisisResources = Arguments.copy(crisisResources, "crisisResources");
        Objects.requireNonNull(patientInformation, "patientInformation");

        Arguments.requireUnique(goals, GoalPattern::id, "goals");
        Arguments.requireUnique(interventions, InterventionOption::id, "interventions");
        Arguments.requireUnique(associatedConditionTreatments, AssociatedConditionTreatment::id,
                "associatedConditionTreatments");
        Arguments.requireUnique(safetyPlanExamples, SafetyPlanExample::id, "safetyPlanExamples");
        Arguments.requireUnique(crisisResources, CrisisResource::id, "crisisResources");

        Set<String> longTermIds = goals.stream().filter(GoalPattern::isLongTerm).map(GoalPattern::id)
                .collect(Collectors.toSet());
        for (GoalPattern goal : goals) {
            for (String link : goal.linkedLongTermGoalIds()) {
                if (!longTermIds.contains(link)) {
                    throw new IllegalArgumentException("short-term goal '" + goal.id()
                            + "' links to '" + link + "', which is not a long-term goal of the library");
                }
            }
        }
        Set<SafetyPlanSection> labelled = EnumSet.noneOf(SafetyPlanSection.class);
        for (SafetyPlanLabel label : safetyPlanLabels) {
            if (!labelled.add(label.section())) {
                throw new IllegalArgumentException("safety-plan part '" + label.section().code() + "' has two labels");
            }
        }
        Set<SafetyPlanSection> unlabelled = EnumSet.allOf(SafetyPlanSection.class);
        unlabelled.removeAll(labelled);
        if (!unlabelled.isEmpty()) {
            throw new IllegalArgumentException("safety-plan parts without a label: "
                    + unlabelled.stream().map(SafetyPlanSection::code).toList());
        }
        if (crisisResources.stream().noneMatch(r -> r.kind() == CrisisResourceKind.EMERGENCY)) {
            throw new IllegalArgumentException("crisis resources must include the emergency number");
        }
    }

    /**
     * Obtains the shipped content library of a locale, such as {@code Locale.UK} or {@code Locale.US}.
     * <p>
     * The locale's language and country must match an available locale exactly (script, variant and
     * extensions are ignored): crisis lines and emergency numbers belong to a country, so there is no
     * fallback from one country's to another's, and none for a language alone. This is the library's locale
     * policy for content ({@link org.waymark.locale.SupportedLocale} describes it); words follow a fallback
     * chain, services never do. Libraries are read once and cached.
     *
     * @param locale  the locale, not null
     * @return the library, not null
     * @throws UnsupportedLocaleException if no content is available for the locale's language and country,
     *         naming the available locales
     * @throws ContentLoadException if the locale's resources are missing or invalid, naming the resource, line,
     *         column and JSON path
     */
    public static ContentLibrary load(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return find(locale).orElseThrow(() -> new UnsupportedLocaleException(locale,
                "content (crisis lines and emergency numbers)", availableLocales()));
    }

    /**
     * Finds the shipped content library of a locale, matched as {@link #load(Locale)} matches it.
     *
     * @param locale  the locale, not null
     * @return the library, or empty if no content is available for the locale's language and country
     * @throws ContentLoadException if the locale's resources are missing or invalid
     */
    public static Optional<ContentLibrary> find(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale key = new Locale(locale.getLanguage(), locale.getCountry());
        return CACHE.computeIfAbsent(key, k -> availableLocales().stream()
                .filter(l -> l.getLanguage().equals(k.getLanguage()) && l.getCountry().equals(k.getCountry()))
                .findFirst()
                .map(available -> of(ContentReader.standard().read(available))));
    }

    /**
     * Builds the library from the files of one locale's folder.
     *
     * @param files  the files, not null
     * @return the library, not null
     * @throws ContentLoadException naming the folder, if the files do not make a library (such as a link
     *         between entries that leads nowhere)
     */
    static ContentLibrary of(ContentFiles.Folder files) {
        try {
            return new ContentLibrary(files.locale(), files.goals().goals(), files.interventions().interventions(),
                    files.interventions().associatedConditionTreatments(), files.safetyPlan().labels(),
                    files.safetyPlan().examples(), files.crisis().crisisResources(),
                    files.information().patientInformation());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContentLoadException(files.folder(), "", -1, -1, e.getMessage(), e);
        }
    }

    /**
     * Returns the locales with shipped content, from every {@code locales.json} on the class path.
     *
     * @return the locales, such as en-GB and en-US, not null
     * @throws ContentLoadException if a {@code locales.json} is invalid
     */
    public static Set<Locale> availableLocales() {
        return ContentReader.standard().availableLocales();
    }

    /**
     * Finds a goal pattern by id.
     *
     * @param id  the id, such as {@code coping.urge-surfing-practice}, not null
     * @return the goal pattern, or empty if there is none with that id
     */
    public Optional<GoalPattern> goal(String id) {
        return find(goals, GoalPattern::id, id);
    }

    /**
     * Returns the goal patterns of an area, in library order.
     *
     * @param area  the area, not null
     * @return the goal patterns, possibly empty, not null
     */
    public List<GoalPattern> goals(GoalArea area) {
        Objects.requireNonNull(area, "area");
        return goals.stream().filter(g -> g.area() == area).toList();
    }

    /**
     * Returns the goal patterns of an area and term, such as the short-term coping goals.
     *
     * @param area  the area, not null
     * @param term  the term, not null
     * @return the goal patterns, possibly empty, not null
     */
    public List<GoalPattern> goals(GoalArea area, GoalTerm term) {
        Objects.requireNonNull(term, "term");
        return goals(area).stream().filter(g -> g.term() == term).toList();
    }

    /**
     * Returns the short-term goal patterns that serve a long-term goal pattern.
     *
     * @param longTermGoalId  the id of the long-term goal pattern, not null
     * @return the short-term goal patterns linked to it, possibly empty, not null
     */
    public List<GoalPattern> shortTermGoalsFor(String longTermGoalId) {
        Objects.requireNonNull(longTermGoalId, "longTermGoalId");
        return goals.stream().filter(g -> g.linkedLongTermGoalIds().contains(longTermGoalId)).toList();
    }

    /**
     * Finds an intervention by id.
     *
     * @param id  the id, such as {@code dbt.urge-surfing}, not null
     * @return the intervention, or empty if there is none with that id
     */
    public Optional<InterventionOption> intervention(String id) {
        return find(interventions, InterventionOption::id, id);
    }

    /**
     * Returns the interventions of a modality, in library order.
     *
     * @param modality  the modality, not null
     * @return the interventions, possibly empty, not null
     */
    public List<InterventionOption> interventions(Modality modality) {
        Objects.requireNonNull(modality, "modality");
        return interventions.stream().filter(i -> i.modality() == modality).toList();
    }

    /**
     * Returns the interventions described for an age group, such as DBT-A for young people.
     *
     * @param group  the age group, not null
     * @return the interventions, possibly empty, not null
     */
    public List<InterventionOption> interventionsFor(AgeGroup group) {
        Objects.requireNonNull(group, "group");
        return interventions.stream().filter(i -> i.isFor(group)).toList();
    }

    /**
     * Finds the treatment for an associated condition by id.
     *
     * @param id  the id, such as {@code associated.depression}, not null
     * @return the treatment, or empty if there is none with that id
     */
    public Optional<AssociatedConditionTreatment> associatedConditionTreatment(String id) {
        return find(associatedConditionTreatments, AssociatedConditionTreatment::id, id);
    }

    /**
     * Returns the heading and prompt of a part of a safety plan.
     *
     * @param section  the part, not null
     * @return the label, not null (every part has one)
     */
    public SafetyPlanLabel safetyPlanLabel(SafetyPlanSection section) {
        Objects.requireNonNull(section, "section");
        return safetyPlanLabels.stream().filter(l -> l.section() == section).findFirst().orElseThrow();
    }

    /**
     * Returns the example entries for a part of a safety plan.
     *
     * @param section  the part, not null
     * @return the examples, possibly empty (people and services are the person's own), not null
     */
    public List<SafetyPlanExample> safetyPlanExamples(SafetyPlanSection section) {
        Objects.requireNonNull(section, "section");
        return safetyPlanExamples.stream().filter(e -> e.section() == section).toList();
    }

    /**
     * Finds a crisis resource by id.
     *
     * @param id  the id, such as {@code gb.samaritans}, not null
     * @return the resource, or empty if there is none with that id
     */
    public Optional<CrisisResource> crisisResource(String id) {
        return find(crisisResources, CrisisResource::id, id);
    }

    /**
     * Returns the crisis resources of a kind.
     *
     * @param kind  the kind, not null
     * @return the resources, possibly empty, not null
     */
    public List<CrisisResource> crisisResources(CrisisResourceKind kind) {
        Objects.requireNonNull(kind, "kind");
        return crisisResources.stream().filter(r -> r.kind() == kind).toList();
    }

    /**
     * Returns the emergency number of the library: the first crisis resource of kind
     * {@link CrisisResourceKind#EMERGENCY}.
     *
     * @return the emergency resource, not null (the library always has one)
     */
    public CrisisResource emergencyNumber() {
        return crisisResources(CrisisResourceKind.EMERGENCY).get(0);
    }

    /**
     * Returns the crisis resources open 24 hours a day, 7 days a week.
     *
     * @return the resources, not null
     */
    public List<CrisisResource> available24x7() {
        return crisisResources.stream().filter(CrisisResource::available24x7).toList();
    }

    /**
     * Returns a copy of this library with crisis resources added or replaced.
     * <p>
     * A resource whose id matches an existing one replaces it in place; any other is added at the end,
     * in the order given. Use this to add a local crisis team or to replace a national line with a local
     * service. This library is not changed.
     *
     * @param resources  the resources to add or replace, not null, no nulls, ids unique
     * @return the new library, not null
     * @throws IllegalArgumentException if two of {@code resources} share an id
     */
    public ContentLibrary withCrisisResources(Collection<CrisisResource> resources) {
        List<CrisisResource> changes = Arguments.copy(List.copyOf(resources), "resources");
        Arguments.requireUnique(changes, CrisisResource::id, "resources");
        Map<String, CrisisResource> merged = new LinkedHashMap<>();
        crisisResources.forEach(r -> merged.put(r.id(), r));
        changes.forEach(r -> merged.put(r.id(), r));
        return withResources(new ArrayList<>(merged.values()));
    }

    /**
     * Returns a copy of this library without the crisis resources with the given ids.
     *
     * @param ids  the ids to remove, not null; each must be present
     * @return the new library, not null
     * @throws IllegalArgumentException if an id is not present, or no emergency number would remain
     */
    public ContentLibrary withoutCrisisResources(Collection<String> ids) {
        Set<String> remove = new HashSet<>(Arguments.copy(List.copyOf(ids), "ids"));
        for (String id : remove) {
            if (crisisResource(id).isEmpty()) {
                throw new IllegalArgumentException("no crisis resource with id '" + id + "'");
            }
        }
        return withResources(crisisResources.stream().filter(r -> !remove.contains(r.id())).toList());
    }

    private ContentLibrary withResources(List<CrisisResource> resources) {
        return new ContentLibrary(locale, goals, interventions, associatedConditionTreatments, safetyPlanLabels,
                safetyPlanExamples, resources, patientInformation);
    }

    /**
     * Lists every string of the library with its path and audience, for checks such as reading level
     * and stigmatising language, and for review of a locale's wording.
     * <p>
     * Text for the person: goal statements, measures, baseline prompts and targets; intervention
     * summaries for the person; safety-plan headings, prompts and examples; crisis resource names,
     * descriptions and hours; and all of the information for the person except citations. Everything
     * else (names and descriptions of interventions, evidence notes, treatment for associated conditions,
     * sources and citations) is for clinicians. Ids, codes and phone numbers are not listed.
     *
     * @return the strings in library order, not null
     */
    public List<ContentText> texts() {
        List<ContentText> texts = new ArrayList<>();
        for (GoalPattern g : goals) {
            String p = "goals[" + g.id() + "].";
            person(texts, p + "statement", g.statement());
            person(texts, p + "measure", g.measure());
            person(texts, p + "baselinePrompt", g.baselinePrompt());
            person(texts, p + "target", g.target());
            clinician(texts, p + "citation", g.citation());
        }
        for (InterventionOption i : interventions) {
            String p = "interventions[" + i.id() + "].";
            clinician(texts, p + "name", i.name());
            clinician(texts, p + "description", i.description());
            person(texts, p + "summaryForPerson", i.summaryForPerson());
            clinician(texts, p + "evidenceNote", i.evidenceNote());
            clinician(texts, p + "citation", i.citation());
        }
        for (AssociatedConditionTreatment t : associatedConditionTreatments) {
            String p = "associatedConditionTreatments[" + t.id() + "].";
            clinician(texts, p + "condition", t.condition());
            clinician(texts, p + "description", t.description());
            clinician(texts, p + "medicationNote", t.medicationNote());
            clinician(texts, p + "citation", t.citation());
        }
        for (SafetyPlanLabel l : safetyPlanLabels) {
            String p = "safetyPlanLabels[" + l.section().code() + "].";
            person(texts, p + "heading", l.heading());
            person(texts, p + "prompt", l.prompt());
        }
        for (SafetyPlanExample e : safetyPlanExamples) {
            person(texts, "safetyPlanExamples[" + e.id() + "].text", e.text());
        }
        for (CrisisResource r : crisisResources) {
            String p = "crisisResources[" + r.id() + "].";
            person(texts, p + "name", r.name());
            person(texts, p + "description", r.description());
            person(texts, p + "hours", r.hours());
            clinician(texts, p + "source", r.source());
        }
        person(texts, "patientInformation.title", patientInformation.title());
        person(texts, "patientInformation.introduction", patientInformation.introduction());
        for (InformationSection s : patientInformation.sections()) {
            String p = "patientInformation.sections[" + s.id() + "].";
            person(texts, p + "heading", s.heading());
            for (int i = 0; i < s.paragraphs().size(); i++) {
                person(texts, p + "paragraphs[" + i + "]", s.paragraphs().get(i));
            }
            for (int i = 0; i < s.items().size(); i++) {
                person(texts, p + "items[" + i + "]", s.items().get(i));
            }
            if (s.attribution() != null) {
                person(texts, p + "attribution", s.attribution());
            }
            clinician(texts, p + "citation", s.citation());
        }
        return List.copyOf(texts);
    }

    private static void person(List<ContentText> texts, String path, String text) {
        texts.add(new ContentText(path, text, Audience.PERSON));
    }

    private static void clinician(List<ContentText> texts, String path, String text) {
        texts.add(new ContentText(path, text, Audience.CLINICIAN));
    }

    private static <T> Optional<T> find(List<T> list, Function<T, String> key, String id) {
        Objects.requireNonNull(id, "id");
        return list.stream().filter(e -> key.apply(e).equals(id)).findFirst();
    }

    /**
     * Returns the ids of the library's entries by kind, for comparing locales: every locale of the
     * library must hold the same goal, intervention, treatment, example and information-section ids.
     * Crisis resources are per country and are not included.
     *
     * @return a map from kind (such as {@code "goals"}) to ids in library order, not null
     */
    public Map<String, List<String>> idsByKind() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("goals", goals.stream().map(GoalPattern::id).toList());
        ids.put("interventions", interventions.stream().map(InterventionOption::id).toList());
        ids.put("associatedConditionTreatments",
                associatedConditionTreatments.stream().map(AssociatedConditionTreatment::id).toList());
        ids.put("safetyPlanLabels", safetyPlanLabels.stream().map(l -> l.section().code()).toList());
        ids.put("safetyPlanExamples", safetyPlanExamples.stream().map(SafetyPlanExample::id).toList());
        ids.put("patientInformation.sections",
                patientInformation.sections().stream().map(InformationSection::id).toList());
        return Collections.unmodifiableMap(ids);
    }
}

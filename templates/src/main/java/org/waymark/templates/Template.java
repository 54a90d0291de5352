package org.waymark.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.waymark.locale.SupportedLocale;
import org.waymark.locale.UnsupportedLocaleException;
import org.waymark.model.CarePlan;
import org.waymark.model.ChainAnalysis;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.CrisisPlan;
import org.waymark.model.NeedsAssessment;
import org.waymark.model.NeedsDomain;
import org.waymark.model.NeedsFinding;
import org.waymark.model.Person;
import org.waymark.model.Review;
import org.waymark.model.ReviewSchedule;
import org.waymark.model.ReviewTrigger;
import org.waymark.model.RiskDomain;
import org.waymark.model.RiskDomainEntry;
import org.waymark.model.RiskFormulation;
import org.waymark.model.RiskManagementPlan;
import org.waymark.model.SafetyPlan;
import org.waymark.model.SelfHarmHistory;
import org.waymark.templates.content.Audience;
import org.waymark.templates.content.ContentLibrary;
import org.waymark.templates.content.CrisisResource;
import org.waymark.templates.content.internal.Arguments;

/**
 * A plan template: data shipped as a resource, with an id, the sections it contains, its words in
 * each locale (title, description, headings and prompts) and the defaults it puts into a new draft.
 * Adding a template is adding a resource; no Java class is needed.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id       the stable id, such as {@code nice-care-plan}, not null
 * @param audience who reads the template's prompts: the clinician, or the person with the clinician
 * @param sections the sections, in order; never null
 * @param defaults what a new draft starts with, not null
 * @param text     the words in each locale, keyed by language tag ({@code en-GB}); never null
 */
public record Template(String id, Audience audience, List<TemplateSection> sections, TemplateDefaults defaults,
                       Map<String, TemplateText> text) {

    /**
     * Checks the components: every locale has words for every section.
     *
     * @param id       the stable id, such as {@code nice-care-plan}, not null
     * @param audience who reads the template's prompts: the clinician, or the person with the clinician
     * @param sections the sections, in order; never null
     * @param defaults what a new draft starts with, not null
     * @param text     the words in each locale, keyed by language tag ({@code en-GB}); never null
     */
    public Template {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("template id '" + id + "' must be lower-case words joined by '-'");
        }
        Objects.requireNonNull(audience, "audience");
        sections = Arguments.copy(sections, "sections");
        if (sections.isEmpty() || Set.copyOf(sections).size() != sections.size()) {
            throw new IllegalArgumentException("template '" + id + "': sections must be listed once each, and at least one");
        }
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("template '" + id + "': text for at least one locale is required");
        }
        for (Map.Entry<String, TemplateText> e : text.entrySet()) {
            for (TemplateSection section : sections) {
                if (!e.getValue().sections().containsKey(section.code())) {
                    throw new IllegalArgumentException("template '" + id + "', locale " + e.getKey()
                            + ": no text for section " + section.code());
                }
            }
            if (e.getValue().sections().size() != sections.size()) {
                throw new IllegalArgumentException("template '" + id + "', locale " + e.getKey()
                        + ": text for a section the template does not list");
            }
        }
        text = Map.copyOf(text);
    }

    /**
     * Returns the locales this template has words for, sorted by tag.
     *
     * @return the locales, not null
     */
    public Set<Locale> locales() {
        Set<String> tags = new TreeSet<>(text.keySet());
        Set<Locale> result = new java.util.LinkedHashSet<>();
        tags.forEach(t -> result.add(Locale.forLanguageTag(t)));
        return result;
    }

    /**
     * Returns the template's words in a locale: its words for the locale's own tag if it has them, else for
     * the supported locale that {@link SupportedLocale#resolve(Locale)} gives ({@code en}, {@code en-CA} and
     * any English that is not American get en-GB; {@code en-US} gets en-US). A language other than English
     * is refused unless the template has words tagged with it.
     *
     * @param locale the locale, not null
     * @return the words, not null
     * @throws UnsupportedLocaleException if the template has no words for the locale by that policy, naming
     *         those it has
     */
    public TemplateText text(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        TemplateText t = text.get(locale.toLanguageTag());
        if (t == null && SupportedLocale.isEnglish(locale)) {
            t = text.get(SupportedLocale.resolve(locale).tag());
        }
        if (t == null) {
            throw new UnsupportedLocaleException(locale, "text of template '" + id + "'", locales());
        }
        return t;
    }

    /**
     * Starts a draft plan for a person from this template, in the person's locale, with that locale's
     * shipped content library (crisis and emergency contacts).
     * <p>
     * The words follow the locale policy's fallback chain ({@link #text(Locale)}); the crisis contacts come only
     * from content for the person's own language and country ({@link ContentLibrary#load(Locale)}). So a person
     * whose locale is {@code en-CA} is refused here, never given another country's numbers: a host that serves
     * them passes its own library to {@link #instantiate(String, Person, LocalDate, ContentLibrary)}.
     *
     * @param planId the new plan's id, not null
     * @param person the person, not null; their locale chooses the words and the crisis contacts
     * @param date   the plan's start date, not null
     * @return a draft plan, not null
     * @throws UnsupportedLocaleException if the template has no words for the locale, or no content is available
     *         for its language and country
     */
    public CarePlan instantiate(String planId, Person person, LocalDate date) {
        text(person.locale());
        return instantiate(planId, person, date, ContentLibrary.load(person.locale()));
    }

    /**
     * Starts a draft plan with a given content library, for hosts that add or replace local services.
     *
     * @param planId  the new plan's id, not null
     * @param person  the person, not null
     * @param date    the plan's start date, not null
     * @param content the content library for the person's locale, not null
     * @return a draft plan with no structural errors, not null
     * @throws IllegalArgumentException if the template has no words for the locale, or the library is for another
     */
    public CarePlan instantiate(String planId, Person person, LocalDate date, ContentLibrary content) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(date, "date");
        text(person.locale());
        if (!content.locale().equals(person.locale())) {
            throw new IllegalArgumentException("the content library is for " + content.locale().toLanguageTag()
                    + " but the person's locale is " + person.locale().toLanguageTag());
        }
        CarePlan.Builder plan = CarePlan.builder(planId, person, date);
        if (defaults.needsDomains()) {
            plan.needsAssessment(new NeedsAssessment(null, Arrays.stream(NeedsDomain.values())
                    .map(d -> new NeedsFinding(d, null, null)).toList()));
        }
        if (defaults.riskDomains()) {
            plan.riskFormulation(new RiskFormulation(null, null, Arrays.stream(RiskDomain.values())
                    .map(d -> new RiskDomainEntry(d, null, null)).toList(), null, null, null));
        }
        List<String> crisisIds = new ArrayList<>();
        if (defaults.crisisContacts()) {
            List<Contact> contacts = content.crisisResources().stream().map(Template::contactOf).toList();
            contacts.forEach(c -> crisisIds.add(c.id()));
            plan.contacts(contacts);
        }
        if (defaults.safetyPlan()) {
            plan.safetyPlan(SafetyPlan.EMPTY.withProfessionalContactIds(crisisIds));
        }
        if (defaults.riskManagementPlan()) {
            plan.riskManagementPlan(new RiskManagementPlan(List.of(), new CrisisPlan(List.of(), null, crisisIds)));
        }
        ReviewSchedule review = ReviewSchedule.of(defaults.reviewIntervalMonths(), date.plusMonths(defaults.reviewIntervalMonths()));
        if (defaults.chainAnalysis()) {
            plan.history(SelfHarmHistory.EMPTY.withChainAnalyses(List.of(
                    new ChainAnalysis("ca-1", null, null, null, null, null, null))));
            review = review.withHistory(List.of(new Review(date, ReviewTrigger.AFTER_EPISODE, null, null, null,
                    false, false, null)));
        }
        return plan.review(review).build();
    }

    /** The id a crisis resource gets as a contact in a plan. */
    static String contactId(CrisisResource resource) {
        return "crisis." + resource.id();
    }

    private static Contact contactOf(CrisisResource r) {
        ContactKind kind = switch (r.kind()) {
            case EMERGENCY -> ContactKind.EMERGENCY;
            case CRISIS_LINE, TEXT_LINE, URGENT_ADVICE -> ContactKind.CRISIS_LINE;
        };
        String sms = r.textMessage() == null ? null : r.textMessage().number();
        String keyword = r.textMessage() == null ? null : r.textMessage().keyword();
        return new Contact(contactId(r), r.name(), kind, null, r.phone(), sms, keyword, null, r.country(), r.hours(),
                r.available24x7());
    }
}

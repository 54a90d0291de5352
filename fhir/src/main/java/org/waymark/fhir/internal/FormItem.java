package org.waymark.fhir.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.waymark.locale.LocalizedProperties;
import org.waymark.locale.SupportedLocale;
import org.waymark.model.CarePlan;
import org.waymark.model.Coded;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateSection;

/**
 * One question (or repeating group of questions) of a template's Questionnaire, derived from the
 * model's record components so that every value of the part of the plan a section covers has an
 * item, and nothing else does.
 * <p>
 * The {@code linkId} is the value's {@link org.waymark.model.PlanPath} with every list index written
 * as {@code []}: {@code safetyPlan.warningSigns}, {@code goals[].dueDate}, {@code sharing.gp.sharedOn}.
 * A repeating group's k-th repeat fills index k of its list.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param linkId     the item's linkId, not null
 * @param path       the JSON property names from the enclosing object (the plan, or the group's element) to
 *                   the value, not empty
 * @param kind       what is asked, not null
 * @param vocabulary the coded values of a {@link Kind#CHOICE}, else null
 * @param repeats    whether the item takes several answers (a list)
 * @param required   whether the model requires the value wherever its enclosing group is given
 * @param primitiveBoolean whether the value is a Java {@code boolean}, written only when true
 * @param children   the items of a group, else empty
 * @param idProperty whether a group's record has an {@code id} the import may number when left out
 * @param key        the model's name of the value, {@code Record.component} ({@code Contact.sms}): the
 *                   key of its words in {@code FormLabels}
 */
public record FormItem(String linkId, List<String> path, Kind kind, Class<?> vocabulary, boolean repeats,
                       boolean required, boolean primitiveBoolean, List<FormItem> children, boolean idProperty,
                       String key) {

    /** What an item asks for. */
    public enum Kind {
        /** A group of items; repeating groups are lists of records. */
        GROUP,
        /** A short line of text. */
        STRING,
        /** Longer text. */
        TEXT,
        /** A date. */
        DATE,
        /** Yes or no. */
        BOOLEAN,
        /** A whole number. */
        INTEGER,
        /** One code from a Waymark vocabulary. */
        CHOICE
    }

    /**
     * Checks and copies the components.
     *
     * @param linkId     the item's linkId, not null
     * @param path       the JSON property names from the enclosing object to the value, not empty
     * @param kind       what is asked, not null
     * @param vocabulary the coded values of a {@link Kind#CHOICE}, else null
     * @param repeats    whether the item takes several answers (a list)
     * @param required   whether the model requires the value wherever its enclosing group is given
     * @param primitiveBoolean whether the value is a Java {@code boolean}, written only when true
     * @param children   the items of a group, else empty
     * @param idProperty whether a group's record has an {@code id} the import may number when left out
     * @param key        the model's name of the value, {@code Record.component}
     */
    public FormItem {
        Objects.requireNonNull(linkId, "linkId");
        path = List.copyOf(path);
        Objects.requireNonNull(kind, "kind");
        children = List.copyOf(children);
        Objects.requireNonNull(key, "key");
    }

    /** Property names whose text is short: ids, names, numbers, roles. */
    private static final Set<String> SHORT = Set.of("name", "role", "organisation", "relationship", "phone", "sms",
            "smsKeyword", "country", "hours", "timescale", "frequency", "format", "pronouns", "preferredName",
            "dueDateReason", "instrument", "dose");

    /** Values no Questionnaire asks for: the person's id and locale come from the caller. */
    private static final Set<String> LEFT_OUT = Set.of("person.id", "person.locale", "history.chainAnalyses",
            "sharing.information");

    /**
     * Returns the items of one section of a template: what part of the plan the section fills.
     *
     * @param template the template, not null
     * @param section  one of its sections, not null
     * @return the items, in model order, not null
     */
    public static List<FormItem> section(Template template, TemplateSection section) {
        List<FormItem> out = new ArrayList<>();
        for (String root : roots(template, section)) {
            out.add(root(root));
        }
        return out;
    }

    /**
     * Returns the plan paths (as dotted property names) a section fills, in order.
     *
     * @param template the template, for the section that holds the contact list, not null
     * @param section  the section, not null
     * @return the roots, not null
     */
    public static List<String> roots(Template template, TemplateSection section) {
        List<String> roots = new ArrayList<>(switch (section) {
            case PERSON -> List.of("person");
            case HISTORY -> List.of("history");
            case CHAIN_ANALYSIS -> List.of("history.chainAnalyses");
            case NEEDS_ASSESSMENT -> List.of("needsAssessment");
            case RISK_FORMULATION -> List.of("riskFormulation");
            case AIMS_AND_GOALS -> List.of("aims", "aimsAgreement", "goals", "noOccupationalGoalReason");
            case INTERVENTIONS -> List.of("interventions", "dbtANotPlannedReason", "medications", "treatmentDecisions");
            case CARE_TEAM -> List.of("careTeam");
            case RISK_MANAGEMENT_PLAN -> List.of("riskManagementPlan.entries");
            case CRISIS_PLAN -> List.of("riskManagementPlan.crisisPlan");
            case SAFETY_PLAN -> List.of("safetyPlan");
            case SHARING_AND_CONSENT -> List.of("sharing");
            case INFORMATION -> List.of("sharing.information");
            case REVIEW -> List.of("review");
            case SIGN_OFF -> List.of("signOff");
        });
        if (section == contactsSection(template)) {
            // After the section's own items: a form engine shows the safety plan's steps first,
            // in the order of the section's prompts, and the contact list they refer to below them.
            roots.add("contacts");
        }
        return roots;
    }

    /** The section that asks for the plan's contacts: the first that refers to them. */
    static TemplateSection contactsSection(Template template) {
        for (TemplateSection s : template.sections()) {
            if (s == TemplateSection.CARE_TEAM || s == TemplateSection.CRISIS_PLAN || s == TemplateSection.SAFETY_PLAN
                    || s == TemplateSection.SHARING_AND_CONSENT) {
                return s;
            }
        }
        return null;
    }

    private static FormItem root(String dotted) {
        String[] names = dotted.split("\\.");
        Class<?> owner = CarePlan.class;
        RecordComponent c = null;
        for (int i = 0; i < names.length; i++) {
            c = component(owner, names[i]);
            if (i < names.length - 1) {
                owner = c.getType();
            }
        }
        FormItem item = of(Objects.requireNonNull(c), dotted, List.of(names), false);
        return item;
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no component " + name);
    }

    /**
     * The item of one component; records that are not in a list are flattened into a group of the
     * items of their components, at the same level.
     */
    private static FormItem of(RecordComponent c, String linkId, List<String> path, boolean requiredChain) {
        Class<?> raw = c.getType();
        boolean required = requiredChain && notNull(c);
        String key = c.getDeclaringRecord().getSimpleName() + "." + c.getName();
        if (raw == List.class) {
            Class<?> element = element(c.getGenericType());
            if (element.isRecord()) {
                return new FormItem(linkId, path, Kind.GROUP, null, true, false, false,
                        children(element, linkId + "[]", List.of(), true), hasId(element), key);
            }
            Kind kind = scalar(element, c.getName());
            return new FormItem(linkId, path, kind, kind == Kind.CHOICE ? element : null, true, false, false, List.of(), false, key);
        }
        if (raw.isRecord()) {
            return new FormItem(linkId, path, Kind.GROUP, null, false, false, false,
                    children(raw, linkId, path, required), false, key);
        }
        Kind kind = scalar(raw, c.getName());
        return new FormItem(linkId, path, kind, kind == Kind.CHOICE ? raw : null, false, required,
                raw == boolean.class, List.of(), false, key);
    }

    /**
     * Whether the model marks a component {@code @NotNull}. The annotation targets methods and type
     * uses, so it sits on the accessor and the component's type, not on the component itself.
     */
    private static boolean notNull(RecordComponent c) {
        return c.isAnnotationPresent(NotNull.class) || c.getAccessor().isAnnotationPresent(NotNull.class)
                || c.getAnnotatedType().isAnnotationPresent(NotNull.class);
    }

    private static List<FormItem> children(Class<?> record, String prefix, List<String> path, boolean requiredChain) {
        List<FormItem> out = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            String linkId = prefix + "." + c.getName();
            if (LEFT_OUT.contains(linkId)) {
                continue;
            }
            List<String> p = new ArrayList<>(path);
            p.add(c.getName());
            out.add(of(c, linkId, p, requiredChain));
        }
        return out;
    }

    private static boolean hasId(Class<?> record) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals("id") && c.getType() == String.class) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> element(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> k) {
            return k;
        }
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof ParameterizedType q) {
            return (Class<?>) q.getRawType();
        }
        throw new IllegalStateException("list of unknown element type " + generic);
    }

    private static Kind scalar(Class<?> type, String name) {
        if (type == String.class) {
            return SHORT.contains(name) || name.endsWith("Id") || name.equals("id") || name.endsWith("Ids")
                    ? Kind.STRING : Kind.TEXT;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == int.class || type == Integer.class) {
            return Kind.INTEGER;
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return Kind.CHOICE;
        }
        throw new IllegalStateException("no Questionnaire item type for " + type.getName() + " " + name);
    }

    /**
     * Returns the words of an item's question in a locale: those {@code FormLabels} gives for the
     * item's {@link #key()}, else words made from its property name ({@code warningSigns} becomes
     * {@code Warning signs}, {@code goalIds} becomes {@code Goals (ids)}).
     *
     * @param locale the Questionnaire's locale, not null
     * @return the words, not null
     */
    public String label(Locale locale) {
        java.util.Optional<String> words = labels(locale).find(key);
        if (words.isPresent()) {
            return words.get();
        }
        String name = path.get(path.size() - 1);
        String suffix = "";
        if (name.endsWith("ContactIds") || name.equals("contactIds")) {
            name = name.substring(0, name.length() - 3) + "s";
            suffix = " (ids from the contact list)";
        } else if (name.endsWith("Ids") && !name.equals("ids")) {
            name = name.substring(0, name.length() - 3) + "s";
            suffix = " (ids)";
        } else if (name.endsWith("Id") && !name.equals("id")) {
            name = name.substring(0, name.length() - 2);
            suffix = " (id)";
        }
        String text = Names.words(Names.kebab(name)).replace("Dbt a", "DBT-A").replace("Gp", "GP");
        if (name.equals("id")) {
            text = "Id (a short name, unique in the plan; numbered for you when left empty)";
        }
        return text + suffix;
    }

    private static final String LABELS = "/org/waymark/fhir/internal/FormLabels";

    /**
     * The label table of a locale, read by the library's one resource loader under its one locale policy
     * ({@link SupportedLocale}): {@code FormLabels.properties} (en-GB) with {@code FormLabels_en_US.properties}
     * over it for en-US. The JVM's default locale never counts (an en-GB form must not take en-US words
     * because the machine runs in the US).
     *
     * @param locale the Questionnaire's locale, en-GB or en-US, not null
     * @return the table, not null
     * @throws org.waymark.locale.UnsupportedLocaleException if the locale is not one Waymark writes
     */
    public static LocalizedProperties labels(Locale locale) {
        return LocalizedProperties.load(LABELS, SupportedLocale.resolve(locale), FormItem.class::getResourceAsStream);
    }

    /**
     * Finds an item by linkId among items and their children.
     *
     * @param items  the items, not null
     * @param linkId the linkId, not null
     * @return the item, or null
     */
    public static FormItem find(List<FormItem> items, String linkId) {
        for (FormItem i : items) {
            if (i.linkId.equals(linkId)) {
                return i;
            }
            FormItem inner = find(i.children, linkId);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /**
     * Returns the items of a list keyed by linkId, in order.
     *
     * @param items the items, not null
     * @return linkId to item, not null
     */
    public static Map<String, FormItem> byLinkId(List<FormItem> items) {
        Map<String, FormItem> map = new LinkedHashMap<>();
        for (FormItem i : items) {
            if (i.kind == Kind.GROUP && !i.repeats) {
                map.putAll(byLinkId(i.children));
            } else {
                map.put(i.linkId, i);
            }
        }
        return map;
    }

    /**
     * Returns the locale-neutral linkId of a section's group.
     *
     * @param section the template section, not null
     * @return the linkId, such as {@code section:safety-plan}
     */
    public static String sectionLinkId(TemplateSection section) {
        return "section:" + section.code();
    }

    /**
     * Returns the lower-case language tag used in Questionnaire ids.
     *
     * @param locale the locale, not null
     * @return the tag, such as {@code en-gb}
     */
    public static String tag(Locale locale) {
        return locale.toLanguageTag().toLowerCase(Locale.ROOT);
    }
}

package org.waymark.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.templates.content.ContentLoadException;
import org.waymark.templates.content.internal.ResourceFailure;
import org.waymark.templates.content.internal.StrictJson;

/**
 * The plan templates that ship with Waymark, read from resources under
 * {@value #BASE}: an {@code index.json} naming them, and one JSON file per template.
 * <ol>
 *   <li>{@code nice-care-plan} — self-harm care plan following NICE CG133 and NG225;</li>
 *   <li>{@code safety-plan} — a safety plan written with the person, step by step;</li>
 *   <li>{@code treatment-plan} — problems, goals, objectives and interventions, the US layout;</li>
 *   <li>{@code review-after-episode} — what changed, a chain analysis, changes to the plans;</li>
 *   <li>{@code information-for-person} — what to expect, rights, and help in a crisis.</li>
 * </ol>
 * This class is immutable and thread-safe.
 */
public final class TemplateLibrary {

    /** The class-path folder holding template resources. */
    public static final String BASE = "org/waymark/templates/template-definitions/";

    /** The id of the NICE care plan template. */
    public static final String NICE_CARE_PLAN = "nice-care-plan";
    /** The id of the safety plan template. */
    public static final String SAFETY_PLAN = "safety-plan";
    /** The id of the problem, goal, objective and intervention template. */
    public static final String TREATMENT_PLAN = "treatment-plan";
    /** The id of the review-after-an-episode template. */
    public static final String REVIEW_AFTER_EPISODE = "review-after-episode";
    /** The id of the information-for-the-person template. */
    public static final String INFORMATION_FOR_PERSON = "information-for-person";

    private static final TemplateLibrary STANDARD = load(TemplateLibrary.class.getClassLoader(), BASE);

    private final List<Template> templates;

    private TemplateLibrary(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /**
     * Returns the templates that ship with Waymark.
     *
     * @return the library of shipped templates, not null
     */
    public static TemplateLibrary standard() {
        return STANDARD;
    }

    /**
     * Reads templates from a class-path folder, for hosts that ship their own.
     *
     * @param loader the class loader, not null
     * @param base   the folder, ending with {@code /}, not null
     * @return the library, not null
     * @throws ContentLoadException if a resource is missing or invalid; it says which and where
     */
    public static TemplateLibrary load(ClassLoader loader, String base) {
        Index index = read(loader, base + "index.json", Index.class);
        List<Template> list = new ArrayList<>();
        for (String id : index.templates()) {
            String name = base + id + ".json";
            Template template = read(loader, name, Template.class);
            if (!template.id().equals(id)) {
                throw new ContentLoadException(name, "id", -1, -1, "file for '" + id + "' holds template '" + template.id() + "'", null);
            }
            list.add(template);
        }
        if (list.stream().map(Template::id).distinct().count() != list.size()) {
            throw new ContentLoadException(base + "index.json", "templates", -1, -1, "a template is listed twice", null);
        }
        return new TemplateLibrary(list);
    }

    /**
     * Returns the templates, in index order.
     *
     * @return the templates, not null
     */
    public List<Template> templates() {
        return templates;
    }

    /**
     * Finds a template by id.
     *
     * @param id the id, not null
     * @return the template, or empty
     */
    public Optional<Template> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Returns a template by id.
     *
     * @param id the id, not null
     * @return the template, not null
     * @throws IllegalArgumentException if there is none, naming the ids there are
     */
    public Template require(String id) {
        return template(id).orElseThrow(() -> new IllegalArgumentException("no template '" + id + "'; there are "
                + templates.stream().map(Template::id).toList()));
    }

    private static <T> T read(ClassLoader loader, String name, Class<T> type) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new ContentLoadException(name, "", -1, -1, "resource not found", null);
            }
            return StrictJson.read(name, in, type);
        } catch (ResourceFailure f) {
            throw new ContentLoadException(f.resource(), f.jsonPath(), f.line(), f.column(), f.reason(), f.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index file: template ids in order. */
    private record Index(List<String> templates) {
        Index {
            templates = List.copyOf(templates);
        }
    }
}

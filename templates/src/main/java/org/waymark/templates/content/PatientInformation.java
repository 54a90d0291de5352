package org.waymark.templates.content;

import java.util.List;
import java.util.Optional;
import org.waymark.templates.content.internal.Arguments;

/**
 * The "Information for the person" content: what to expect from care, the person's rights in it, how
 * to use a safety plan, and how to get help in a crisis.
 * <p>
 * NICE NG225 1.1.1 asks that people who self-harm are given information about their care, including
 * care plans, safety plans and what to do in an emergency. All text here except citations is for the
 * person ({@link Audience#PERSON}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param title         the title, not blank
 * @param introduction  the opening paragraph, not blank
 * @param sections      the sections in reading order, at least one, not null
 */
public record PatientInformation(String title, String introduction, List<InformationSection> sections) {

    /**
     * Checks and copies the components.
     *
     * @param title         the title, not blank
     * @param introduction  the opening paragraph, not blank
     * @param sections      the sections in reading order, at least one, not null
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if a text is blank, there are no sections, or two share an id
     */
    public PatientInformation {
        Arguments.requireText(title, "title");
        Arguments.requireText(introduction, "introduction");
        sections = Arguments.copy(sections, "sections");
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("patient information needs at least one section");
        }
        Arguments.requireUnique(sections, InformationSection::id, "sections");
    }

    /**
     * Finds a section by id.
     *
     * @param id  the section id, such as {@code information.rights}, not null
     * @return the section, or empty if there is none with that id
     */
    public Optional<InformationSection> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}

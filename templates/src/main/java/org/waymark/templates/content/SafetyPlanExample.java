package org.waymark.templates.content;

import java.util.Objects;
import org.waymark.templates.content.internal.Arguments;

/**
 * An example entry for one part of a safety plan, such as a warning sign or a way to make a space safer.
 * <p>
 * Examples are written in plain words in the second person, as suggestions to choose from and adapt
 * with the person: a safety plan is written together, in the person's own words (Stanley-Brown Safety
 * Planning Intervention; NICE NG225, safety plans). The text is for the person ({@link Audience#PERSON}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id       the stable id, such as {@code warning-signs.pulling-away}, not null
 * @param section  the part of the safety plan, not null
 * @param text     the example, not blank
 */
public record SafetyPlanExample(String id, SafetyPlanSection section, String text) {

    /**
     * Checks the components.
     *
     * @param id       the stable id, such as {@code warning-signs.pulling-away}, not null
     * @param section  the part of the safety plan, not null
     * @param text     the example, not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the text is blank or the id does not start with the section code
     */
    public SafetyPlanExample {
        Arguments.requireId(id, "id");
        Objects.requireNonNull(section, "section");
        if (!id.startsWith(section.code() + ".")) {
            throw new IllegalArgumentException("id '" + id + "' must start with its section code '" + section.code() + ".'");
        }
        Arguments.requireText(text, "text");
    }
}

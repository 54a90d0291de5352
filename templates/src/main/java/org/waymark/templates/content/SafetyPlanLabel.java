package org.waymark.templates.content;

import java.util.Objects;
import org.waymark.templates.content.internal.Arguments;

/**
 * The locale's heading and prompt for one part of a safety plan.
 * <p>
 * The labels follow the structure of the Stanley-Brown Safety Planning Intervention in the library's own
 * words; they do not reproduce the official template's wording. Both texts are for the person
 * ({@link Audience#PERSON}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param section  the part of the safety plan, not null
 * @param heading  the heading shown on the plan, not blank
 * @param prompt   a question that helps the person fill in the part, not blank
 */
public record SafetyPlanLabel(SafetyPlanSection section, String heading, String prompt) {

    /**
     * Checks the components.
     *
     * @param section  the part of the safety plan, not null
     * @param heading  the heading shown on the plan, not blank
     * @param prompt   a question that helps the person fill in the part, not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank
     */
    public SafetyPlanLabel {
        Objects.requireNonNull(section, "section");
        Arguments.requireText(heading, "heading");
        Arguments.requireText(prompt, "prompt");
    }
}

package org.waymark.templates.content;

import java.util.List;
import org.waymark.templates.content.internal.Arguments;

/**
 * One section of the information for the person, such as what to expect from care or their rights.
 * <p>
 * The heading, paragraphs, items and attribution are for the person ({@link Audience#PERSON}); the
 * citation is for clinicians. A section that {@linkplain #listsCrisisResources() lists crisis resources}
 * is followed, when shown, by the library's current crisis resources, so local services a host adds
 * appear in it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                   the stable id, such as {@code information.rights}, not null
 * @param heading              the heading, not blank
 * @param paragraphs           the paragraphs, in order, at least one, not null
 * @param items                a bulleted list after the paragraphs, possibly empty, not null
 * @param attribution          where the ideas in the section come from, or null if it needs none
 * @param listsCrisisResources whether the library's crisis resources are shown after this section
 * @param citation             the guideline point the section rests on, not blank
 */
public record InformationSection(
        String id,
        String heading,
        List<String> paragraphs,
        List<String> items,
        String attribution,
        boolean listsCrisisResources,
        String citation) {

    /**
     * Checks and copies the components.
     *
     * @param id                   the stable id, such as {@code information.rights}, not null
     * @param heading              the heading, not blank
     * @param paragraphs           the paragraphs, in order, at least one, not null
     * @param items                a bulleted list after the paragraphs, possibly empty, not null
     * @param attribution          where the ideas in the section come from, or null if it needs none
     * @param listsCrisisResources whether the library's crisis resources are shown after this section
     * @param citation             the guideline point the section rests on, not blank
     * @throws NullPointerException if a required component or element is null
     * @throws IllegalArgumentException if a text is blank or there are no paragraphs
     */
    public InformationSection {
        Arguments.requireId(id, "id");
        Arguments.requireText(heading, "heading");
        paragraphs = Arguments.copy(paragraphs, "paragraphs");
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("section '" + id + "' needs at least one paragraph");
        }
        paragraphs.forEach(p -> Arguments.requireText(p, "paragraphs"));
        items = Arguments.copy(items, "items");
        items.forEach(i -> Arguments.requireText(i, "items"));
        if (attribution != null) {
            Arguments.requireText(attribution, "attribution");
        }
        Arguments.requireText(citation, "citation");
    }
}

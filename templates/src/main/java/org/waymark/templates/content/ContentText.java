package org.waymark.templates.content;

import java.util.Objects;
import org.waymark.templates.content.internal.Arguments;

/**
 * One shipped string of a content library, with where it sits and who it is written for.
 * <p>
 * {@link ContentLibrary#texts()} lists every string, so that checks such as reading level and
 * stigmatising language can run over all of them, and so a host can review a locale's wording.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param path      where the string sits, such as {@code goals[coping.stop-skill].statement}, not blank
 * @param text      the string, not null
 * @param audience  who it is written for, not null
 */
public record ContentText(String path, String text, Audience audience) {

    /**
     * Checks the components.
     *
     * @param path      where the string sits, such as {@code goals[coping.stop-skill].statement}, not blank
     * @param text      the string, not null
     * @param audience  who it is written for, not null
     * @throws NullPointerException if a component is null
     */
    public ContentText {
        Arguments.requireText(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(audience, "audience");
    }

    /**
     * Returns whether the string is written for the person receiving care.
     *
     * @return true if the audience is {@link Audience#PERSON}
     */
    public boolean isForPerson() {
        return audience == Audience.PERSON;
    }
}

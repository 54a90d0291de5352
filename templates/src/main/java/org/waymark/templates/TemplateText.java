package org.waymark.templates;

import java.util.Map;
import java.util.Objects;
import org.waymark.templates.content.internal.Arguments;

/**
 * A template's words in one locale: title, description and each section's heading and prompts.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param title       the title, not null
 * @param description what the template is for, not null
 * @param sections    the text of each section, keyed by section code; never null
 */
public record TemplateText(String title, String description, Map<String, SectionText> sections) {

    /**
     * Checks the components.
     *
     * @param title       the title, not null
     * @param description what the template is for, not null
     * @param sections    the text of each section, keyed by section code; never null
     */
    public TemplateText {
        Arguments.requireText(title, "title");
        Arguments.requireText(description, "description");
        Objects.requireNonNull(sections, "sections");
        sections.keySet().forEach(TemplateSection::fromCode);
        sections = Map.copyOf(sections);
    }

    /**
     * Returns the text of a section.
     *
     * @param section the section, not null
     * @return the text, not null
     * @throws IllegalArgumentException if this text has none for the section
     */
    public SectionText section(TemplateSection section) {
        SectionText text = sections.get(section.code());
        if (text == null) {
            throw new IllegalArgumentException("no text for section " + section.code());
        }
        return text;
    }
}

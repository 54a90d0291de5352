package org.waymark.templates;

import java.util.List;
import java.util.Objects;
import org.waymark.templates.content.internal.Arguments;

/**
 * A section's heading and its prompts, in one locale.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param title   the heading, not null
 * @param prompts questions or hints for whoever fills the section in; never null
 */
public record SectionText(String title, List<String> prompts) {

    /**
     * Checks the components.
     *
     * @param title   the heading, not null
     * @param prompts questions or hints for whoever fills the section in; never null
     */
    public SectionText {
        Arguments.requireText(title, "title");
        prompts = Arguments.copy(prompts, "prompts");
        prompts.forEach(p -> Arguments.requireText(Objects.requireNonNull(p, "prompt"), "prompts"));
    }
}

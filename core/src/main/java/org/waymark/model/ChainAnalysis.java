package org.waymark.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A chain analysis of one episode or urge: what made the person vulnerable, what prompted it, the
 * links between, what followed, and what could change next time.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                   the id, unique in the plan; not null
 * @param episodeId            the episode analysed, may be null for an urge that was not acted on
 * @param vulnerabilityFactors what made the person more vulnerable that day; never null
 * @param promptingEvent       the event that set the chain off, may be null while being written
 * @param links                the links, in order; never null
 * @param consequences         what followed, short and longer term; never null
 * @param changes              what to change in the safety and risk management plans; never null
 */
public record ChainAnalysis(
        @NotNull String id,
        String episodeId,
        List<String> vulnerabilityFactors,
        String promptingEvent,
        List<@Valid ChainLink> links,
        List<String> consequences,
        List<String> changes) {

    /**
     * Checks the components.
     *
     * @param id                   the id, unique in the plan; not null
     * @param episodeId            the episode analysed, may be null for an urge that was not acted on
     * @param vulnerabilityFactors what made the person more vulnerable that day; never null
     * @param promptingEvent       the event that set the chain off, may be null while being written
     * @param links                the links, in order; never null
     * @param consequences         what followed, short and longer term; never null
     * @param changes              what to change in the safety and risk management plans; never null
     */
    public ChainAnalysis {
        Checks.requireId(id, "id");
        Checks.id(episodeId, "episodeId");
        vulnerabilityFactors = Checks.texts(vulnerabilityFactors, "vulnerabilityFactors");
        Checks.text(promptingEvent, "promptingEvent");
        links = Checks.list(links, "links");
        consequences = Checks.texts(consequences, "consequences");
        changes = Checks.texts(changes, "changes");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}

package org.waymark.language;

import java.util.Locale;
import java.util.Optional;

/**
 * A concept of the {@link ClinicalLexicon}: a class of words the text rules look for, such as the
 * names of self-harm (with their abbreviations and regional synonyms), the levels a risk may be given,
 * the instruments and their bands, and the triggers of negation and hedging.
 * <p>
 * Each concept has a key, the lower-case hyphenated form of its name ({@code self-harm} for
 * {@link #SELF_HARM}), under which the lexicon resources list its phrases.
 */
public enum Concept {

    /** Self-harm by any name, its abbreviations (DSH, SH, NSSI, SIB, OD), methods and urges. */
    SELF_HARM,
    /** Suicide, suicidal acts and their abbreviations. */
    SUICIDE,
    /** Repetition of self-harm: repeat, reattempt, "do it again", "further". */
    REPETITION,
    /** "To self", the object of a risk to the person themselves. */
    TO_SELF,
    /** Wounds, scars and injuries: what a dressing or antibiotic treats. */
    WOUND,
    /** Phrases that contain a concept's words but mean something else ("cut down", "opioid overdose"). */
    OTHER_SENSE,
    /** The word risk. */
    RISK,
    /** A measure given to risk: a level, score, rating, category, band or tier. */
    RISK_MEASURE,
    /** Formulation language about risk that gives it no level ("risk factors", "risk management"). */
    RISK_CONTEXT,
    /** Likelihood, probability, chance, odds. */
    LIKELIHOOD,
    /** Likely and unlikely. */
    LIKELY,
    /** A level: low, moderate, high, minimal, nil... */
    LEVEL,
    /** Words that give a level of none when they stand before a risk ("no", "not at"). */
    NIL,
    /** Words that may stand between a level and a risk ("current", "acute", "suicide"). */
    QUALIFIER,
    /** Predicted, calculated, estimated. */
    PREDICTED,
    /** Comparatives that describe change rather than give a level ("higher", "more likely"). */
    COMPARATIVE,
    /** A percentage sign or word. */
    PERCENT,
    /** A negation whose scope runs forward ("no", "denies", "not for"). */
    NEGATION_PRE,
    /** A negation whose scope runs backward ("... denied", "... not used"). */
    NEGATION_POST,
    /** A phrase that looks like a negation and is not one ("no increase", "did not meet"). */
    PSEUDO_NEGATION,
    /** A hedge or hypothetical ("if", "whether", "consider", "?"), whose scope runs both ways. */
    HEDGE,
    /** A word that puts what follows in the past ("history of", "past", "previous"), as in ConText. */
    HISTORICAL,
    /** A word or mark that ends the scope of a negation or hedge ("but", "because", ":"). */
    TERMINATOR,
    /** An instrument or tool (PHQ-9, C-SSRS, SAD PERSONS, a risk tool). */
    INSTRUMENT,
    /** Score words. */
    SCORE,
    /** Screen words. */
    SCREEN,
    /** Positive or negative, as a screen's result. */
    POLARITY,
    /** Cut-offs, thresholds, caseness and clinical ranges. */
    CUTOFF,
    /** An instrument's bands: minimal, mild, moderate, severe, sub-clinical... */
    BAND,
    /** What a band grades: depression, anxiety, distress, symptoms, range... */
    SEVERITY_NOUN,
    /** Putting a result into a class: "categorised as", "consistent with", "falls in". */
    CATEGORISED,
    /** Red, amber, green ratings. */
    RAG,
    /** Stopping and abstinence: stop, quit, cease, no more, never, free of... */
    STOP,
    /** "Free" after a behaviour ("SH free", "cutting-free"). */
    FREE,
    /** Reducing rather than stopping: reduce, fewer, less often, manage... */
    REDUCE;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /**
     * Returns the key under which the lexicon resources list this concept's phrases, e.g. {@code self-harm}.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Finds a concept by its key.
     *
     * @param key the key, not null
     * @return the concept, or empty if no concept has this key
     */
    public static Optional<Concept> ofKey(String key) {
        for (Concept c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

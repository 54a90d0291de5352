package org.waymark.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The wording rules look for in free text, compiled once. The words looked for are ASCII, so matching
 * is ASCII case-insensitive, with {@code find()}. Each pattern is deliberately narrow: it looks for a level,
 * score, cut-off or abstinence being <em>assigned</em>, not for the words "risk" or "stop" in passing.
 */
final class Wording {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final String LEVEL = "(?:very\\s+)?(?:low|medium|moderate|high|minimal|severe|significant|raised|elevated)";

    /** NO-RISK-PREDICTION: a risk level, score or probability assigned to the person. */
    static final Pattern RISK_PREDICTION = words(
            "\\brisk\\s+(?:level|score|rating|category|grade|band|tier|status|stratification)\\s*(?:[:=]|-|is|was|of|as|assessed\\s+as|rated\\s+as|judged\\s+as)?\\s*(?:" + LEVEL + "|\\d)",
            "\\b(?:overall|global|current|clinical|estimated|assessed)\\s+risk\\s*(?:[:=]|is|was|assessed\\s+as|rated\\s+as|judged\\s+(?:as|to\\s+be))\\s*(?:" + LEVEL + ")\\b",
            "\\b(?:assessed|rated|judged|categori[sz]ed|classified|graded|stratified)\\s+(?:as\\s+)?(?:being\\s+)?(?:at\\s+)?(?:a\\s+)?" + LEVEL + "[-\\s]+risk\\b",
            "\\b(?:predicted|calculated|estimated)\\s+(?:risk|likelihood|probability|chance)\\b",
            "\\brisk\\s+(?:prediction|score)\\b",
            "\\b\\d+(?:\\.\\d+)?\\s*%\\s*(?:risk|chance|likelihood|probability)\\b",
            "\\b(?:probability|likelihood|chance)\\s+of\\s+[^.;]{0,40}?\\d+(?:\\.\\d+)?\\s*%");

    private static final String[] RISK_WORDS = {"risk", "likelihood", "probability", "chance", "%"};

    /**
     * Tells whether a text can match {@link #RISK_PREDICTION} at all: every alternative of that
     * pattern holds one of these words. Checking them first keeps the pattern off most text, which
     * matters when thousands of plans are validated.
     */
    static boolean mayPredictRisk(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : RISK_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** NO-TOOL-GATEKEEPING: a decision's rationale citing a score, cut-off or risk level. */
    static final Pattern GATEKEEPING = words(
            "\\bscor(?:e|es|ed|ing)\\b",
            "\\bcut[-\\s]?offs?\\b",
            "\\bthresholds?\\b",
            "\\b\\d+\\s+points?\\b",
            "\\bscreen(?:ed|s)?\\s+(?:positive|negative)\\b",
            "\\b(?:positive|negative)\\s+screen\\b",
            "\\b(?:low|medium|moderate|high)[-\\s]+risk\\b",
            "\\brisk\\s+(?:level|rating|category|band|tier|status|stratification)\\b",
            "\\b(?:phq-?9|gad-?7|c-?ssrs|sad\\s*persons|bdi(?:-ii)?|bhs|isas|sitbi|mss?hr|manchester\\s+self[-\\s]?harm\\s+rule)\\b[^.;]{0,20}?\\d");

    /** INSTRUMENT-DESCRIPTIVE-ONLY: a cut-off, category, band or risk level derived from an instrument. */
    static final Pattern INSTRUMENT_DERIVATION = words(
            "\\bcut[-\\s]?offs?\\b",
            "\\bthresholds?\\b",
            "\\bcaseness\\b",
            "\\b(?:screen(?:ed|s)?|scor(?:ed|es|ing))\\s+(?:positive|negative|above|below|over|under|within|in\\s+the)\\b",
            "\\b(?:positive|negative)\\s+screen\\b",
            "\\b(?:above|below|over|under|exceed(?:s|ed|ing)?|meets?|met)\\s+(?:the\\s+)?(?:clinical\\s+)?(?:cut[-\\s]?off|threshold|criteria|criterion)\\b",
            "\\b(?:minimal|mild|moderate|moderately\\s+severe|severe|low|medium|high|clinical|sub-?clinical|normal)\\s+(?:range|band|category|tier|group)\\b",
            "\\b(?:severity|risk)\\s+(?:level|band|category|rating|tier|group|classification)\\b",
            "\\b(?:low|medium|moderate|high)[-\\s]+risk\\b",
            "\\b(?:classified|categori[sz]ed|banded|graded)\\s+as\\b");

    /** GOAL-NOT-ABSTINENCE-ONLY: a goal statement that is only about stopping self-harm. */
    static final Pattern ABSTINENCE = words(
            "\\b(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|end(?:s|ing)?|give\\s+up|giving\\s+up|no\\s+longer|never|not|don'?t|do\\s+not|won'?t|will\\s+not|no\\s+more|abstain\\w*|refrain\\w*|zero|free\\s+(?:of|from))\\b[^.;]{0,30}?\\b(?:self[-\\s]?harm\\w*|self[-\\s]?injur\\w*|cut(?:s|ting)?|burn(?:s|ing)?|hurt\\w*\\s+(?:my|him|her|them)sel\\w*|harm\\w*\\s+(?:my|him|her|them)sel\\w*|overdos\\w*)\\b",
            "\\bself[-\\s]?harm[-\\s]free\\b",
            "\\b(?:cut|burn|harm)[-\\s]free\\b");

    /** NO-DRUG-FOR-SELF-HARM: an indication of reducing, treating or preventing self-harm. */
    static final Pattern DRUG_FOR_SELF_HARM = words(
            "\\b(?:reduc\\w*|treat\\w*|prevent\\w*|stop\\w*|control\\w*|manag\\w*|decreas\\w*|lessen\\w*|curb\\w*|suppress\\w*|for|against|to)\\b[^.;]{0,40}?\\b(?:self[-\\s]?harm\\w*|self[-\\s]?injur\\w*|self[-\\s]?poison\\w*|urges?\\s+to\\s+(?:cut|burn|hurt|harm))",
            "\\b(?<=^\\s{0,10})(?:self[-\\s]?harm\\w*|self[-\\s]?injur\\w*|deliberate\\s+self[-\\s]?harm)\\b");

    /** NO-DRUG-FOR-SELF-HARM: self-harm named as the condition treated. */
    static final Pattern SELF_HARM = Pattern.compile(
            "\\b(?:self[-\\s]?harm\\w*|self[-\\s]?injur\\w*|self[-\\s]?poison\\w*|deliberate\\s+self[-\\s]?harm)\\b", FLAGS);

    private Wording() {
    }

    /**
     * Compiles alternatives that each start at a word boundary as {@code \b(?:a|b|c)}, so the
     * engine tests the boundary once per position instead of once per alternative.
     */
    private static Pattern words(String... alternatives) {
        StringBuilder sb = new StringBuilder("\\b(?:");
        for (int i = 0; i < alternatives.length; i++) {
            String a = alternatives[i];
            if (!a.startsWith("\\b")) {
                throw new IllegalArgumentException("alternative must start at a word boundary: " + a);
            }
            sb.append(i == 0 ? "" : "|").append(a.substring(2));
        }
        return Pattern.compile(sb.append(')').toString(), FLAGS);
    }
}

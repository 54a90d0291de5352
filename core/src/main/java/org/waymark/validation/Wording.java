package org.waymark.validation;

import static org.waymark.language.Concept.BAND;
import static org.waymark.language.Concept.CATEGORISED;
import static org.waymark.language.Concept.COMPARATIVE;
import static org.waymark.language.Concept.CUTOFF;
import static org.waymark.language.Concept.FREE;
import static org.waymark.language.Concept.INSTRUMENT;
import static org.waymark.language.Concept.LEVEL;
import static org.waymark.language.Concept.LIKELIHOOD;
import static org.waymark.language.Concept.LIKELY;
import static org.waymark.language.Concept.NIL;
import static org.waymark.language.Concept.OTHER_SENSE;
import static org.waymark.language.Concept.PERCENT;
import static org.waymark.language.Concept.POLARITY;
import static org.waymark.language.Concept.PREDICTED;
import static org.waymark.language.Concept.QUALIFIER;
import static org.waymark.language.Concept.REDUCE;
import static org.waymark.language.Concept.REPETITION;
import static org.waymark.language.Concept.RISK;
import static org.waymark.language.Concept.RISK_CONTEXT;
import static org.waymark.language.Concept.RISK_MEASURE;
import static org.waymark.language.Concept.SCORE;
import static org.waymark.language.Concept.SCREEN;
import static org.waymark.language.Concept.SELF_HARM;
import static org.waymark.language.Concept.SEVERITY_NOUN;
import static org.waymark.language.Concept.STOP;
import static org.waymark.language.Concept.SUICIDE;
import static org.waymark.language.Concept.TERMINATOR;
import static org.waymark.language.Concept.TO_SELF;
import static org.waymark.language.Concept.WOUND;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.language.ClinicalText;
import org.waymark.language.ClinicalText.Phrase;
import org.waymark.language.Concept;

/**
 * How the text rules decide, on a {@link ClinicalText}: the words come from the clinical lexicon of the
 * plan's locale, and a phrase that is negated or hedged ("not for self-harm", "if she feels unsafe",
 * "asked whether she was high risk") is not taken as said.
 * <p>
 * Each decision looks for a concept in a relation, not for a word: a level attached to a risk whose
 * object is the person's own suicide, self-harm or repetition (or the person's risk as a whole); a
 * self-harm mention in a medication's indication that is not the cause of a wound; a stopping word
 * before self-harm in a goal.
 */
final class Wording {

    /** Words that may follow "low risk" without making it a kind of thing ("low-risk pathway"). */
    private static final Set<String> AFTER_LEVEL = Set.of("at", "this", "in", "on", "when", "after", "given", "per",
            "today", "now", "still", "currently", "and", "with", "due", "because", "so", "as", "since", "following",
            "over", "until", "for", "of", "to", "overall", "presently", "if", "going", "tonight", "from", "during");

    /** Words that join a risk to its object ("risk of", "risk for", "risk to"). */
    private static final Set<String> OBJECT_WORDS = Set.of("of", "for", "to", "that");

    /** Words that may stand between an instrument and its result ("PHQ-9 was 8", "PHQ-9 of 7"). */
    private static final Set<String> RESULT_WORDS = Set.of("of", "was", "is", "now", "=", ":", "at", "score", "total");

    /** Bands that name a category wherever they stand. */
    private static final Set<String> STRONG_BANDS = Set.of("sub clinical", "subclinical", "non clinical",
            "moderately severe", "moderate severe", "very severe", "extremely severe", "mild moderate", "moderate to severe");

    /** How far a risk's object or level may stand from it, in phrases. */
    private static final int OBJECT_REACH = 5;
    private static final int LEVEL_REACH = 8;

    private static final String[] PREDICTION_WORDS = {"risk", "likel", "liklihood", "probab", "chance", "odds", "%",
        "predict", "percent", "per cent"};

    /** A span of text that a rule reports. */
    record Span(int start, int end) {
    }

    private Wording() {
    }

    /** The first letters of the words in {@link #PREDICTION_WORDS}, for a quick look at each character. */
    private static final boolean[] FIRST = new boolean[0x80];

    static {
        for (String w : PREDICTION_WORDS) {
            FIRST[w.charAt(0)] = true;
        }
    }

    /**
     * Tells whether a text can hold a prediction at all: every kind of prediction holds one of these words.
     * Checking them first keeps the reading off most text, which matters when thousands of plans are validated.
     * <p>
     * The answer is that of {@code text.toLowerCase(Locale.ROOT).contains(word)} for any of the words, worked
     * out in one pass without a lower-cased copy: each character is lower-cased on its own, as
     * {@link String#toLowerCase(Locale)} does, except those that can lower-case to no part of a word
     * (surrogates, and the dotted capital I, which lower-cases to "i" and a combining dot).
     */
    static boolean mayPredictRisk(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = fold(text.charAt(i));
            if (c < 0x80 && FIRST[c]) {
                for (String w : PREDICTION_WORDS) {
                    if (w.charAt(0) == c && foldedAt(text, i, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean foldedAt(String text, int i, String word) {
        if (i + word.length() > text.length()) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (fold(text.charAt(i + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cases one char as {@code String.toLowerCase(Locale.ROOT)} would, or gives U+FFFF where no word can match. */
    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c == '\u0130' || Character.isSurrogate(c)) {
            return '\uFFFF';
        }
        return Character.toLowerCase(c);
    }

    // --- NO-RISK-PREDICTION ------------------------------------------------------------------

    /**
     * Finds the places where a text gives a level or likelihood to the person's future suicide, self-harm
     * or repetition, or to their risk as a whole.
     *
     * @return the spans, each from the level to the risk, in text order; empty when the text predicts nothing
     */
    static List<Span> predictions(ClinicalText text) {
        List<Span> out = new ArrayList<>(1);
        List<Phrase> ps = text.phrases();
        for (int k = 0; k < ps.size(); k++) {
            Phrase p = ps.get(k);
            Span s = null;
            if (p.is(RISK_CONTEXT) || p.is(OTHER_SENSE) || p.is(COMPARATIVE)) {
                continue;
            }
            if (p.is(RISK)) {
                s = levelledRisk(ps, k);
            } else if (p.is(RISK_MEASURE)) {
                s = measuredRisk(ps, k);
            } else if (p.is(LIKELIHOOD)) {
                s = likelihood(ps, k);
            } else if (p.is(LIKELY)) {
                s = likely(ps, k);
            } else if (p.is(PREDICTED)) {
                s = predicted(ps, k);
            }
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** "Low risk of repeating", "risk to self: low", "no current risk to self", "at high risk". */
    private static Span levelledRisk(List<Phrase> ps, int k) {
        Phrase risk = ps.get(k);
        if (risk.isHedged()) {
            return null;
        }
        int object = object(ps, k);
        if (object == OTHER) {
            return null;
        }
        int before = levelBefore(ps, k);
        if (before >= 0) {
            Phrase level = ps.get(before);
            boolean nilBefore = before > 0 && ps.get(before - 1).is(NIL);
            if (level.isHedged() || (!nilBefore && !level.is(NIL) && (level.isNegated() || risk.isNegated()))) {
                return null;
            }
            if (object == NONE && compound(ps, k)) {
                return null;
            }
            return new Span(level.start(), risk.end());
        }
        if (risk.isNegated()) {
            return null;
        }
        int after = levelAfter(ps, k);
        if (after >= 0) {
            return new Span(risk.start(), ps.get(after).end());
        }
        return null;
    }

    private static final int NONE = 0;
    private static final int OUTCOME = 1;
    private static final int OTHER = 2;

    /**
     * What a risk is a risk of: the person's suicide, self-harm or repetition ({@link #OUTCOME}), something
     * else such as infection or exploitation ({@link #OTHER}), or nothing named ({@link #NONE}).
     */
    private static int object(List<Phrase> ps, int k) {
        Phrase risk = ps.get(k);
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            Phrase q = ps.get(j);
            if (q.sentence() != risk.sentence()) {
                break;
            }
            if (isOutcome(q)) {
                return OUTCOME;
            }
            if (!q.is(QUALIFIER) && !q.is(LEVEL)) {
                break;
            }
        }
        if (k + 1 < ps.size() && ps.get(k + 1).sentence() == risk.sentence()) {
            Phrase next = ps.get(k + 1);
            if (next.is(TO_SELF)) {
                return OUTCOME;
            }
            if (OBJECT_WORDS.contains(next.text())) {
                for (int j = k + 2; j < ps.size() && j <= k + 1 + OBJECT_REACH; j++) {
                    Phrase q = ps.get(j);
                    if (q.sentence() != risk.sentence() || q.is(LEVEL) && !q.is(QUALIFIER) || q.is(TERMINATOR)) {
                        break;
                    }
                    if (isOutcome(q)) {
                        return OUTCOME;
                    }
                }
                return OTHER;
            }
        }
        return NONE;
    }

    private static boolean isOutcome(Phrase q) {
        return (q.is(SELF_HARM) || q.is(SUICIDE) || q.is(REPETITION) || q.is(TO_SELF)) && !q.is(OTHER_SENSE) && !q.is(WOUND);
    }

    /** The level standing before a risk, over qualifiers ("low acute risk", "at minimal risk"), or -1. */
    private static int levelBefore(List<Phrase> ps, int k) {
        int sentence = ps.get(k).sentence();
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            Phrase q = ps.get(j);
            if (q.sentence() != sentence || q.is(COMPARATIVE)) {
                return -1;
            }
            if (q.is(LEVEL) || q.is(NIL)) {
                return j;
            }
            if (!q.is(QUALIFIER) && !q.text().equals("at") && !q.text().equals("a") && !q.text().equals("very")) {
                return -1;
            }
        }
        return -1;
    }

    /** A level said of a risk after it ("risk is low", "risk to self: low", "risk judged to be high"), or -1. */
    private static int levelAfter(List<Phrase> ps, int k) {
        int sentence = ps.get(k).sentence();
        for (int j = k + 1; j < ps.size() && j <= k + LEVEL_REACH; j++) {
            Phrase q = ps.get(j);
            if (q.sentence() != sentence || q.is(RISK) || q.is(RISK_MEASURE) || q.is(LIKELIHOOD) || q.is(COMPARATIVE)
                    || q.is(TERMINATOR) && q.text().length() > 1 && !q.text().equals("as")) {
                return -1;
            }
            if (q.is(LEVEL)) {
                if (q.isHedged() || q.isNegated() && !ps.get(j - 1).is(NIL)) {
                    return -1;
                }
                return followsAsLevel(ps, j) ? j : -1;
            }
        }
        return -1;
    }

    /** A level word ends its phrase ("low.", "low, moderate", "low when...") rather than naming a thing ("low mood"). */
    private static boolean followsAsLevel(List<Phrase> ps, int j) {
        if (j + 1 >= ps.size() || ps.get(j + 1).sentence() != ps.get(j).sentence()) {
            return true;
        }
        Phrase next = ps.get(j + 1);
        return next.is(TERMINATOR) || next.is(QUALIFIER) || next.is(LEVEL) || next.is(RISK) || next.is(Concept.HEDGE)
                || AFTER_LEVEL.contains(next.text()) || !Character.isLetter(next.text().charAt(0));
    }

    /** "High-risk MDT", "low-risk pathway": a level and risk that name a kind of thing, not the person's risk. */
    private static boolean compound(List<Phrase> ps, int k) {
        if (k + 1 >= ps.size() || ps.get(k + 1).sentence() != ps.get(k).sentence()) {
            return false;
        }
        Phrase next = ps.get(k + 1);
        if (next.is(TERMINATOR) || next.is(Concept.HEDGE) || !Character.isLetter(next.text().charAt(0))) {
            return false;
        }
        return !AFTER_LEVEL.contains(next.text()) && !next.is(QUALIFIER);
    }

    /** "Risk level: high", "risk score 14", "risk tier 2". */
    private static Span measuredRisk(List<Phrase> ps, int k) {
        Phrase m = ps.get(k);
        if (!m.isAffirmed()) {
            return null;
        }
        for (int j = k + 1; j < ps.size() && j <= k + OBJECT_REACH; j++) {
            Phrase q = ps.get(j);
            if (q.sentence() != m.sentence() || q.is(RISK) || q.is(RISK_MEASURE)) {
                return null;
            }
            if (q.is(LEVEL) || isNumber(q.text()) || isLetterGrade(ps, j)) {
                return q.isAffirmed() ? new Span(m.start(), q.end()) : null;
            }
        }
        return null;
    }

    private static boolean isLetterGrade(List<Phrase> ps, int j) {
        Phrase q = ps.get(j);
        return q.text().length() == 1 && Character.isLetter(q.text().charAt(0)) && j > 0 && ps.get(j - 1).text().equals(":")
                && (j + 1 >= ps.size() || ps.get(j + 1).sentence() != q.sentence());
    }

    /** "Low likelihood of repetition", "30% chance of repeat self-harm", "probability ... estimated at 20%". */
    private static Span likelihood(List<Phrase> ps, int k) {
        Phrase l = ps.get(k);
        if (!l.isAffirmed() || !outcomeNear(ps, k, OBJECT_REACH)) {
            return null;
        }
        int before = levelBefore(ps, k);
        if (before >= 0 && ps.get(before).isAffirmed()) {
            return new Span(ps.get(before).start(), l.end());
        }
        if (k >= 2 && ps.get(k - 1).is(PERCENT) && isNumber(ps.get(k - 2).text())) {
            return new Span(ps.get(k - 2).start(), l.end());
        }
        for (int j = k + 1; j < ps.size() && j <= k + LEVEL_REACH + 2; j++) {
            Phrase q = ps.get(j);
            if (q.sentence() != l.sentence() || q.is(COMPARATIVE)) {
                return null;
            }
            if (q.is(PERCENT) || q.is(LEVEL) && !q.is(QUALIFIER) && followsAsLevel(ps, j)) {
                return q.isAffirmed() ? new Span(l.start(), q.end()) : null;
            }
        }
        return null;
    }

    /** "Unlikely to self-harm again", "likely to reattempt", "repetition is unlikely". */
    private static Span likely(List<Phrase> ps, int k) {
        Phrase l = ps.get(k);
        if (!l.isAffirmed()) {
            return null;
        }
        if (k + 1 < ps.size() && (ps.get(k + 1).text().equals("to") || ps.get(k + 1).text().startsWith("to "))) {
            for (int j = k + 1; j < ps.size() && j <= k + 4; j++) {
                Phrase q = ps.get(j);
                if (q.sentence() != l.sentence() || q.is(TERMINATOR)) {
                    break;
                }
                if (isOutcome(q)) {
                    return new Span(l.start(), q.end());
                }
            }
            return null;
        }
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            Phrase q = ps.get(j);
            if (q.sentence() != l.sentence() || q.is(TERMINATOR)) {
                break;
            }
            if (isOutcome(q)) {
                return new Span(q.start(), l.end());
            }
        }
        return null;
    }

    /** "Predicted risk of repetition", "estimated risk". */
    private static Span predicted(List<Phrase> ps, int k) {
        Phrase p = ps.get(k);
        if (!p.isAffirmed()) {
            return null;
        }
        for (int j = k; j < ps.size() && j <= k + 2; j++) {
            Phrase q = ps.get(j);
            if (q.sentence() != p.sentence()) {
                return null;
            }
            if ((q.is(RISK) || q.is(LIKELIHOOD)) && (object(ps, j) != OTHER)) {
                return new Span(p.start(), q.end());
            }
        }
        return null;
    }

    private static boolean outcomeNear(List<Phrase> ps, int k, int reach) {
        int sentence = ps.get(k).sentence();
        for (int j = k + 1; j < ps.size() && j <= k + reach; j++) {
            Phrase q = ps.get(j);
            if (q.sentence() != sentence) {
                return false;
            }
            if (isOutcome(q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    // --- NO-DRUG-FOR-SELF-HARM -----------------------------------------------------------------

    /**
     * Tells whether a medication's indication or condition names self-harm as what the drug is for: an
     * affirmed mention of self-harm that is not the cause of a wound the drug treats ("antibiotic for an
     * infected self-harm wound"), nor in the past ("weekly supply given past overdose"), nor negated ("not for self-harm"), nor hedged ("asked whether it would
     * stop her self-harming").
     */
    static boolean selfHarmIndication(ClinicalText text) {
        List<Phrase> ps = text.phrases();
        for (int k = 0; k < ps.size(); k++) {
            Phrase p = ps.get(k);
            if (p.is(SELF_HARM) && !p.is(OTHER_SENSE) && !p.is(WOUND) && p.isAffirmed() && !nearWound(ps, k) && !past(ps, k)) {
                return true;
            }
        }
        return false;
    }

    /** "Given past overdose", "history of self-harm": the reason for an arrangement, not what the drug is for. */
    private static boolean past(List<Phrase> ps, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            if (ps.get(j).sentence() == ps.get(k).sentence() && ps.get(j).is(Concept.HISTORICAL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearWound(List<Phrase> ps, int k) {
        int sentence = ps.get(k).sentence();
        for (int j = Math.max(0, k - 3); j < ps.size() && j <= k + 3; j++) {
            if (j != k && ps.get(j).sentence() == sentence && ps.get(j).is(WOUND)) {
                return true;
            }
        }
        return false;
    }

    // --- NO-TOOL-GATEKEEPING -----------------------------------------------------------------

    /** Tells whether a decision's rationale rests on an instrument, a score, a cut-off or a risk level. */
    static boolean citesScoreOrLevel(ClinicalText text) {
        List<Phrase> ps = text.phrases();
        for (int k = 0; k < ps.size(); k++) {
            Phrase p = ps.get(k);
            if (!p.isAffirmed() || p.is(OTHER_SENSE)) {
                continue;
            }
            if (p.is(INSTRUMENT) || p.is(CUTOFF) || p.is(RISK_MEASURE) || p.is(SCORE) || screenResult(ps, k)) {
                return true;
            }
        }
        for (int k = 0; k < ps.size(); k++) {
            if (ps.get(k).is(INSTRUMENT) && !ps.get(k).isHedged() && resultFollows(ps, k)) {
                return true;
            }
        }
        return levelOfRisk(ps) || !predictions(text).isEmpty();
    }

    /**
     * "PHQ-9 of 7", "PHQ-9 now 6": an instrument with its result is a score, whatever the decision around it
     * negates ("not eligible for therapy with a PHQ-9 of 7").
     */
    private static boolean resultFollows(List<Phrase> ps, int k) {
        for (int j = k + 1; j < ps.size() && j <= k + 3; j++) {
            Phrase q = ps.get(j);
            if (q.sentence() != ps.get(k).sentence()) {
                return false;
            }
            if (isNumber(q.text())) {
                return true;
            }
            if (!RESULT_WORDS.contains(q.text())) {
                return false;
            }
        }
        return false;
    }

    /** A level given to a risk of any kind ("discharged as low risk", "moderate risk on the tool"). */
    private static boolean levelOfRisk(List<Phrase> ps) {
        for (int k = 0; k < ps.size(); k++) {
            Phrase p = ps.get(k);
            if (p.is(RISK) && !p.is(RISK_CONTEXT) && p.isAffirmed()) {
                int before = levelBefore(ps, k);
                if (before >= 0 && ps.get(before).isAffirmed() && !ps.get(before).is(NIL)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Screen positive", "screened negative", "negative screen", "positive for", "ASQ: positive". */
    private static boolean screenResult(List<Phrase> ps, int k) {
        Phrase p = ps.get(k);
        if (!p.is(POLARITY)) {
            return false;
        }
        int sentence = p.sentence();
        for (int j = Math.max(0, k - 3); j < ps.size() && j <= k + 1; j++) {
            Phrase q = ps.get(j);
            if (j != k && q.sentence() == sentence && (q.is(SCREEN) || q.is(INSTRUMENT) || q.is(SCORE))) {
                return true;
            }
        }
        return k + 1 < ps.size() && ps.get(k + 1).text().equals("for") && ps.get(k + 1).sentence() == sentence;
    }

    // --- INSTRUMENT-DESCRIPTIVE-ONLY -----------------------------------------------------------

    /** Tells whether an instrument observation derives a cut-off, band, category, screen result or risk level. */
    static boolean derivesCategory(ClinicalText text) {
        List<Phrase> ps = text.phrases();
        for (int k = 0; k < ps.size(); k++) {
            Phrase p = ps.get(k);
            if (!p.isAffirmed() || p.is(OTHER_SENSE)) {
                continue;
            }
            if (p.is(CUTOFF) || p.is(CATEGORISED) || p.is(RISK_MEASURE) || screenResult(ps, k) || band(ps, k)) {
                return true;
            }
        }
        return levelOfRisk(ps);
    }

    /** "Moderate anxiety", "in the severe range", "14 (moderate)", "= severe", "sub-clinical". */
    private static boolean band(List<Phrase> ps, int k) {
        Phrase p = ps.get(k);
        if (!p.is(BAND)) {
            return false;
        }
        if (STRONG_BANDS.contains(p.text())) {
            return true;
        }
        int sentence = p.sentence();
        for (int j = k + 1; j < ps.size() && j <= k + 2; j++) {
            if (ps.get(j).sentence() == sentence && ps.get(j).is(SEVERITY_NOUN)) {
                return true;
            }
        }
        if (k > 0 && ps.get(k - 1).sentence() == sentence) {
            String before = ps.get(k - 1).text();
            if (before.equals("(") || before.equals("=") || before.equals(":") || before.equals("-") || isNumber(before)) {
                return true;
            }
        }
        return false;
    }

    // --- GOAL-NOT-ABSTINENCE-ONLY ------------------------------------------------------------

    /**
     * Tells whether a goal statement is about stopping self-harm: a stopping word ("stop", "no more",
     * "never", "cease", "zero") shortly before a mention of self-harm, or "free" right after one ("SH free"),
     * with no reducing word between, and not hedged ("if I do self-harm...").
     */
    static boolean stopsSelfHarm(ClinicalText text) {
        List<Phrase> ps = text.phrases();
        for (int k = 0; k < ps.size(); k++) {
            Phrase p = ps.get(k);
            if (!p.is(SELF_HARM) && !p.is(SUICIDE) || p.is(OTHER_SENSE) || p.is(WOUND) || p.isHedged()) {
                continue;
            }
            if (k + 1 < ps.size() && ps.get(k + 1).is(FREE) && ps.get(k + 1).sentence() == p.sentence()) {
                return true;
            }
            for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
                Phrase q = ps.get(j);
                if (q.sentence() != p.sentence() || q.is(REDUCE) || q.is(TERMINATOR) || q.is(OTHER_SENSE)) {
                    break;
                }
                if (q.is(STOP) && !q.isHedged()) {
                    return true;
                }
            }
        }
        return false;
    }
}

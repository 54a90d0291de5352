package org.waymark.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.waymark.language.ClinicalLexicon;
import org.waymark.language.ClinicalText;
import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.PlanPath;

/**
 * What one validation run knows besides the plan: the profile, the evaluation date if any, the
 * text checker, and lookups worked out once and shared by the rules. Not thread-safe; one per run.
 */
final class Evaluation {

    /** A language match in a piece of free text. */
    record LanguageMatch(PlanPath path, TextMatch match) {
    }

    /** A place where free text gives a level or likelihood to future suicide, self-harm or repetition. */
    record Prediction(PlanPath path, int start, int end) {
    }

    private final CarePlan plan;
    private final Profile profile;
    private final LocalDate on;
    private final TextChecker checker;
    private final IntPredicate printable;
    private List<TextWalker.TextField> texts;
    private List<LanguageMatch> language;
    private Map<String, Contact> contacts;
    private ClinicalLexicon lexicon;
    private List<Prediction> predictions;

    Evaluation(CarePlan plan, Profile profile, LocalDate on, TextChecker checker, IntPredicate printable) {
        this.plan = plan;
        this.profile = profile;
        this.on = on;
        this.checker = checker;
        this.printable = printable;
    }

    /** Returns which characters the documents print. */
    IntPredicate printable() {
        return printable;
    }

    Profile profile() {
        return profile;
    }

    /** Returns the evaluation date, or null when validation has none. */
    LocalDate on() {
        return on;
    }

    /**
     * Tells whether the person is a child or young person for this plan: under 18 at the plan's start,
     * or on the evaluation date when there is one.
     */
    boolean isUnder18() {
        return plan.person().isUnder18On(plan.startDate()) || (on != null && plan.person().isUnder18On(on));
    }

    /** Returns the plan's free text with paths, walked once. */
    List<TextWalker.TextField> texts() {
        if (texts == null) {
            texts = TextWalker.texts(plan);
        }
        return texts;
    }

    /** Returns what the text checker found in the plan's free text, checked once for both language rules. */
    List<LanguageMatch> languageMatches() {
        if (language == null) {
            List<LanguageMatch> list = new ArrayList<>();
            for (TextWalker.TextField t : texts()) {
                for (TextMatch m : checker.check(t.text())) {
                    list.add(new LanguageMatch(t.path(), m));
                }
            }
            language = list;
        }
        return language;
    }

    /** Returns the free text at a path, or null. */
    String text(PlanPath path) {
        for (TextWalker.TextField t : texts()) {
            if (t.path().equals(path)) {
                return t.text();
            }
        }
        return null;
    }

    /** Reads a text with the clinical lexicon of the person's locale. */
    ClinicalText read(String text) {
        if (lexicon == null) {
            lexicon = ClinicalLexicon.of(plan.person().locale());
        }
        return lexicon.read(text);
    }

    /** Returns the predictions in the plan's free text, in plan order, found once for the rules that need them. */
    List<Prediction> predictions() {
        if (predictions == null) {
            List<Prediction> list = new ArrayList<>();
            for (TextWalker.TextField t : texts()) {
                if (Wording.mayPredictRisk(t.text())) {
                    for (Wording.Span s : Wording.predictions(read(t.text()))) {
                        list.add(new Prediction(t.path(), s.start(), s.end()));
                    }
                }
            }
            predictions = list;
        }
        return predictions;
    }

    /** Returns a contact by id, or null. */
    Contact contact(String id) {
        if (contacts == null) {
            Map<String, Contact> map = new HashMap<>();
            for (Contact c : plan.contacts()) {
                map.put(c.id(), c);
            }
            contacts = map;
        }
        return contacts.get(id);
    }

    /** Returns the ISO country a contact's numbers belong to: its own, else the person's locale's; may be empty. */
    String countryOf(Contact c) {
        return c.country() != null ? c.country() : plan.person().locale().getCountry();
    }

    /** Returns the person's country from their locale, e.g. {@code GB}; may be empty. */
    String personCountry() {
        return plan.person().locale().getCountry();
    }
}

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
import org.waymark.model.PlanVisitor;
import org.waymark.model.PlanWalker;

/**
 * What one validation run knows besides the plan: the profile, the evaluation date if any, the
 * text checker, and lookups worked out once and shared by the rules. Each free text is walked,
 * lower-cased, read with the lexicon and given to the text checker at most once per run, however
 * many rules look at it. Not thread-safe; one per run.
 */
final class Evaluation {

    /**
     * A text of the plan and what the rules work out from it, each worked out at most once in a run.
     */
    static final class FreeText {
        private final PlanPath path;
        private final String text;
        private ClinicalText reading;
        private List<Wording.Span> predictions;

        FreeText(PlanPath path, String text) {
            this.path = path;
            this.text = text;
        }

        PlanPath path() {
            return path;
        }

        String text() {
            return text;
        }
    }

    /** A language match in a piece of free text. */
    record LanguageMatch(FreeText text, TextMatch match) {

        PlanPath path() {
            return text.path();
        }
    }

    /** A place where free text gives a level or likelihood to future suicide, self-harm or repetition. */
    record Prediction(FreeText text, int start, int end) {

        PlanPath path() {
            return text.path();
        }
    }

    private final CarePlan plan;
    private final Profile profile;
    private final LocalDate on;
    private final TextChecker checker;
    private final IntPredicate printable;
    private List<FreeText> texts;
    private List<FreeText> printed;
    private List<LanguageMatch> language;
    private Map<String, Contact> contacts;
    private ClinicalLexicon lexicon;
    private final Map<String, ClinicalText> readings = new HashMap<>();
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

    /**
     * Returns the plan's prose, the free text in words that the text rules read, in plan order, walked
     * once. Names, phone numbers and codes are not prose.
     */
    List<FreeText> texts() {
        if (texts == null) {
            walk();
        }
        return texts;
    }

    /**
     * Returns every piece of text the plan's documents print, in plan order: its prose, names, phone
     * numbers and codes written as strings; ids and references are not printed.
     */
    List<FreeText> printed() {
        if (printed == null) {
            walk();
        }
        return printed;
    }

    private void walk() {
        List<FreeText> prose = new ArrayList<>(256);
        List<FreeText> all = new ArrayList<>(320);
        PlanWalker.walk(plan, new PlanVisitor() {
            @Override
            public void prose(PlanPath path, String text) {
                if (!text.isEmpty()) {
                    FreeText t = new FreeText(path, text);
                    prose.add(t);
                    all.add(t);
                }
            }

            @Override
            public void name(PlanPath path, String name) {
                printedOnly(path, name);
            }

            @Override
            public void phoneNumber(PlanPath path, String number) {
                printedOnly(path, number);
            }

            @Override
            public void code(PlanPath path, String code) {
                printedOnly(path, code);
            }

            private void printedOnly(PlanPath path, String text) {
                if (!text.isEmpty()) {
                    all.add(new FreeText(path, text));
                }
            }
        });
        texts = prose;
        printed = all;
    }

    /** Returns what the text checker found in the plan's free text, checked once for both language rules. */
    List<LanguageMatch> languageMatches() {
        if (language == null) {
            List<LanguageMatch> list = new ArrayList<>();
            for (FreeText t : texts()) {
                for (TextMatch m : checker.check(t.text())) {
                    list.add(new LanguageMatch(t, m));
                }
            }
            language = list;
        }
        return language;
    }

    /**
     * Reads a text with the clinical lexicon of the person's locale. A text is read once per run: the
     * prediction rule, the language rules and the rules on single fields share the reading.
     */
    ClinicalText read(String text) {
        ClinicalText reading = readings.get(text);
        if (reading == null) {
            if (lexicon == null) {
                lexicon = ClinicalLexicon.of(plan.person().locale());
            }
            reading = lexicon.read(text);
            readings.put(text, reading);
        }
        return reading;
    }

    /** Returns the reading of one of the plan's free texts, read once per run. */
    ClinicalText read(FreeText text) {
        if (text.reading == null) {
            text.reading = read(text.text);
        }
        return text.reading;
    }

    /** Returns the predictions in the plan's free text, in plan order, found once for the rules that need them. */
    List<Prediction> predictions() {
        if (predictions == null) {
            List<Prediction> list = new ArrayList<>();
            for (FreeText t : texts()) {
                for (Wording.Span s : predictions(t)) {
                    list.add(new Prediction(t, s.start(), s.end()));
                }
            }
            predictions = list;
        }
        return predictions;
    }

    /** Returns the predictions in one free text, in text order, found once. */
    List<Wording.Span> predictions(FreeText t) {
        if (t.predictions == null) {
            t.predictions = Wording.mayPredictRisk(t.text) ? Wording.predictions(read(t)) : List.of();
        }
        return t.predictions;
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

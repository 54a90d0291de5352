package org.waymark.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands one variant of a term pattern into the folded phrases the matcher looks for.
 * <p>
 * The syntax is documented on {@link LanguageTerm}. In a phrase, a gap between words is the
 * single symbol {@link CharClass#GAP}; where the pattern writes a hyphen, or next to
 * punctuation, the gap may also be absent, so {@code attention-seeking} also finds
 * "attentionseeking" and {@code risk : low} also finds "risk:low".
 * <p>
 * This class is immutable and thread-safe.
 */
final class TermPattern {

    /** Bounds the phrases one variant may expand to, so a careless pattern fails early. */
    static final int MAX_PHRASES = 20_000;

    private TermPattern() {
    }

    /** A run of atoms; {@code hyphenAfter[i]} tells whether the pattern wrote a hyphen after atom i. */
    private record Sequence(List<String> atoms, List<Boolean> hyphenAfter) {

        Sequence append(Sequence other) {
            List<String> a = new ArrayList<>(atoms);
            List<Boolean> h = new ArrayList<>(hyphenAfter);
            a.addAll(other.atoms);
            h.addAll(other.hyphenAfter);
            return new Sequence(List.copyOf(a), List.copyOf(h));
        }
    }

    private static final Sequence EMPTY = new Sequence(List.of(), List.of());

    /**
     * Expands a variant into folded phrases.
     *
     * @param variant  the variant, not null
     * @return the distinct phrases, in a stable order, never empty
     * @throws IllegalArgumentException if the variant is malformed; the message quotes the
     *     variant, which is term-list text and never user text
     */
    static List<String> expand(String variant) {
        List<List<Sequence>> elements = parse(variant);
        List<Sequence> sequences = List.of(EMPTY);
        for (List<Sequence> element : elements) {
            List<Sequence> next = new ArrayList<>();
            for (Sequence prefix : sequences) {
                for (Sequence choice : element) {
                    next.add(prefix.append(choice));
                }
            }
            if (next.size() > MAX_PHRASES) {
                throw malformed(variant, "expands to more than " + MAX_PHRASES + " phrases");
            }
            sequences = next;
        }
        Set<String> phrases = new LinkedHashSet<>();
        for (Sequence sequence : sequences) {
            if (sequence.atoms().isEmpty()) {
                throw malformed(variant, "can match nothing");
            }
            join(sequence, 0, new StringBuilder(), phrases);
            if (phrases.size() > MAX_PHRASES) {
                throw malformed(variant, "expands to more than " + MAX_PHRASES + " phrases");
            }
        }
        for (String phrase : phrases) {
            if (!CharClass.isWord(phrase.codePointAt(0))
                    || !CharClass.isWord(phrase.codePointBefore(phrase.length()))) {
                throw malformed(variant, "must begin and end with a letter or digit");
            }
        }
        return List.copyOf(phrases);
    }

    /** Parses a variant into elements; each element is its list of choices. */
    private static List<List<Sequence>> parse(String variant) {
        String trimmed = variant.strip();
        if (trimmed.isEmpty()) {
            throw malformed(variant, "is blank");
        }
        List<List<Sequence>> elements = new ArrayList<>();
        List<List<Sequence>> group = null;
        for (String raw : trimmed.split("\\s+")) {
            String token = raw;
            boolean opens = token.startsWith("[");
            if (opens) {
                if (group != null) {
                    throw malformed(variant, "nests optional groups");
                }
                group = new ArrayList<>();
                token = token.substring(1);
            }
            boolean closes = token.endsWith("]");
            if (closes) {
                token = token.substring(0, token.length() - 1);
            }
            if (token.isEmpty() || token.contains("[") || token.contains("]")) {
                throw malformed(variant, "has a misplaced bracket or an empty element");
            }
            List<Sequence> element = alternatives(variant, token);
            if (group != null) {
                group.add(element);
            } else {
                elements.add(element);
            }
            if (closes) {
                if (group == null) {
                    throw malformed(variant, "closes a group it never opened");
                }
                elements.add(optional(group));
                group = null;
            }
        }
        if (group != null) {
            throw malformed(variant, "leaves an optional group open");
        }
        return elements;
    }

    private static List<Sequence> optional(List<List<Sequence>> group) {
        List<Sequence> choices = new ArrayList<>();
        choices.add(EMPTY);
        List<Sequence> bodies = List.of(EMPTY);
        for (List<Sequence> element : group) {
            List<Sequence> next = new ArrayList<>();
            for (Sequence prefix : bodies) {
                for (Sequence choice : element) {
                    next.add(prefix.append(choice));
                }
            }
            bodies = next;
        }
        choices.addAll(bodies);
        return choices;
    }

    private static List<Sequence> alternatives(String variant, String token) {
        List<Sequence> choices = new ArrayList<>();
        for (String alternative : token.split("\\|", -1)) {
            String[] atoms = alternative.split("-", -1);
            List<Boolean> hyphens = new ArrayList<>();
            for (int i = 0; i < atoms.length; i++) {
                String atom = atoms[i];
                if (atom.isEmpty()) {
                    throw malformed(variant, "has an empty alternative or a stray hyphen");
                }
                if (atom.codePoints().anyMatch(cp -> CharClass.isGap(cp) || CharClass.isIgnorable(cp))) {
                    throw malformed(variant, "has a gap or invisible character inside a word");
                }
                hyphens.add(i < atoms.length - 1);
            }
            choices.add(new Sequence(List.of(atoms), List.copyOf(hyphens)));
        }
        return choices;
    }

    private static void join(Sequence sequence, int index, StringBuilder phrase, Set<String> out) {
        List<String> atoms = sequence.atoms();
        int mark = phrase.length();
        phrase.append(CharClass.fold(atoms.get(index)));
        if (index == atoms.size() - 1) {
            out.add(phrase.toString());
        } else {
            String atom = atoms.get(index);
            String following = atoms.get(index + 1);
            boolean gapOptional = sequence.hyphenAfter().get(index)
                    || !CharClass.isWord(atom.codePointBefore(atom.length()))
                    || !CharClass.isWord(following.codePointAt(0));
            int beforeGap = phrase.length();
            phrase.appendCodePoint(CharClass.GAP);
            join(sequence, index + 1, phrase, out);
            if (gapOptional) {
                phrase.setLength(beforeGap);
                join(sequence, index + 1, phrase, out);
            }
        }
        phrase.setLength(mark);
    }

    private static IllegalArgumentException malformed(String variant, String why) {
        return new IllegalArgumentException("term pattern \"" + variant + "\" " + why);
    }
}

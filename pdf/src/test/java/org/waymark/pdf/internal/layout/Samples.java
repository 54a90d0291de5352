package org.waymark.pdf.internal.layout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.waymark.pdf.Paper;
import org.waymark.pdf.PdfOptions;

/** Synthetic documents for tests: no real patient content. */
final class Samples {

    static final Instant CREATED = Instant.parse("2026-11-23T09:30:00Z");

    private Samples() {
    }

    static PdfOptions options(Paper paper) {
        return PdfOptions.of(paper, CREATED);
    }

    static LayoutDocument.Builder builder() {
        return LayoutDocument.builder("Care plan", Locale.UK)
                .runningHeader("Care plan")
                .footerNotice("Confidential: contains personal health information. Store securely; share only with consent.");
    }

    /** Every kind of block, a table long enough to split on small paper. */
    static LayoutDocument everything() {
        Table.Builder contacts = Table.builder(List.of(new Table.Column("Who", 1.2f),
                new Table.Column("How to reach them", 1.6f), new Table.Column("When", 1f)));
        for (int i = 1; i <= 14; i++) {
            contacts.row("Contact person number " + i, "Telephone 0100 000 " + String.format("%03d", i),
                    i % 3 == 0 ? "Weekdays between nine in the morning and five in the afternoon" : "Any time");
        }
        return builder()
                .add(new Heading(1, "Care plan for Zoë Łukasz-Núñez", "title"))
                .paragraph(Span.of("This plan was agreed together. It describes "), Span.bold("what helps"),
                        Span.of(", what to do when things get difficult, and "), Span.italic("who to contact"),
                        Span.of(". Greek: Ελληνικά κείμενα. Cyrillic: Русский текст. Ligatures: office, find, flow."))
                .add(new Heading(2, "Warning signs", "warning-signs"))
                .add(ItemList.bullets("Not sleeping for several nights in a row",
                        "Withdrawing from friends and stopping going to college, which has happened before when"
                                + " pressures built up over a few weeks",
                        "Thoughts that things will never get better"))
                .add(new Heading(2, "Steps to take", "steps"))
                .add(ItemList.numbered("Use the coping strategies below", "Contact a friend or family member",
                        "Contact a professional or a crisis line", "Make the environment safer", "Go to an emergency"
                                + " department or call emergency services", "Six", "Seven", "Eight", "Nine",
                        "Ten items make the labels wider"))
                .add(new Heading(2, "Contacts", "contacts"))
                .add(contacts.build())
                .add(new Heading(2, "Agreement", "agreement"))
                .add(Checkbox.of("I have been given a copy of this plan"))
                .add(new Checkbox(Paragraph.of("I agree that this plan may be shared with my GP and the crisis team,"
                        + " who will keep it confidential"), true))
                .add(new Spacer(6))
                .add(KeepTogether.of(Heading.of(3, "Signatures"),
                        new SignatureLine("Signed (person)", "Date"),
                        new SignatureLine("Signed (clinician)", "Date")))
                .build();
    }

    /** A table of the given number of rows, one row taller than the others. */
    static LayoutDocument longTable(int rows) {
        Table.Builder t = Table.builder("Number", "Entry", "Notes");
        for (int i = 1; i <= rows; i++) {
            t.row("Row " + i, "Entry text for row " + i, i == 37 ? words(120) : "Short note");
        }
        return builder().add(new Heading(1, "Long table", null)).add(t.build()).build();
    }

    /** A table whose middle row is taller than a page. */
    static LayoutDocument splitRow() {
        Table.Builder t = Table.builder("Item", "Long text");
        t.row("First", "short");
        t.row("Second", words(1500));
        t.row("Third", "short");
        return builder().add(Heading.of(1, "Split row")).add(t.build()).build();
    }

    /** One paragraph of the given number of words. */
    static LayoutDocument longParagraph(int words) {
        return builder().add(new Heading(1, "Long paragraph", null)).add(Paragraph.of(words(words))).build();
    }

    static String words(int count) {
        String[] vocabulary = {"care", "plan", "support", "together", "safety", "coping", "family", "friend",
            "review", "goal", "strength", "need", "help", "talk", "sleep", "walk", "music", "breathe", "call",
            "listen", "understanding", "psychosocial", "assessment", "Łukasz", "Zoë", "Núñez"};
        StringBuilder sb = new StringBuilder();
        List<String> out = new ArrayList<>();
        long seed = 42;
        for (int i = 0; i < count; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            out.add(vocabulary[(int) ((seed >>> 33) % vocabulary.length)]);
        }
        for (int i = 0; i < out.size(); i++) {
            sb.append(i == 0 ? "" : (i % 17 == 0 ? ". " : " ")).append(out.get(i));
        }
        return sb.append('.').toString();
    }
}

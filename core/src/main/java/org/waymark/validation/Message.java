package org.waymark.validation;

import java.util.List;

/**
 * One message a rule can report: its name within the rule ({@code noMeasure}), its nature, which
 * decides its severity by stage, and the parameters it carries.
 *
 * @param name   the name within the rule; the bundle key is {@code <rule id>.<name>}
 * @param nature the nature
 * @param params the parameters, in the order they are reported
 */
record Message(String name, Nature nature, List<Param<?>> params) {

    /** The kind of a message, which decides its severity by stage (see {@link Rule}). */
    enum Nature { GAP, PROHIBITED, ADVICE }

    Message {
        params = List.copyOf(params);
    }

    /** A gap: something the guideline asks for is missing. */
    static Message gap(String name, Param<?>... params) {
        return new Message(name, Nature.GAP, List.of(params));
    }

    /** Prohibited content: something the guideline says must never exist. */
    static Message prohibited(String name, Param<?>... params) {
        return new Message(name, Nature.PROHIBITED, List.of(params));
    }

    /** Advice within a rule: a warning at both stages. */
    static Message advice(String name, Param<?>... params) {
        return new Message(name, Nature.ADVICE, List.of(params));
    }
}

package org.waymark.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Receives the components of a care plan, each with its {@link PlanPath} and what kind of value it is,
 * as {@link PlanWalker#walk(CarePlan, PlanVisitor)} meets them in plan order.
 * <p>
 * Every component of every record in the plan arrives at exactly one callback, chosen by what the
 * component holds rather than by its Java type: free text in words ({@link #prose}), a proper name
 * ({@link #name}), a telephone number ({@link #phoneNumber}), a code written as a string
 * ({@link #code(PlanPath, String)}), a value of one of the model's vocabularies
 * ({@link #code(PlanPath, Coded)}), the id of an item ({@link #id}), a reference to an item
 * ({@link #reference}), a date, a number, a yes/no flag or a locale. A record inside the plan is
 * announced by {@link #enter} before its components and by {@link #leave} after them. A list is walked
 * element by element, each with its index in the path ({@code goals[2].steps[0].description}). A
 * component that is absent ({@code null}) is not visited; an empty string is visited.
 * <p>
 * Every method does nothing by default, so a visitor overrides only what it needs: the validator's
 * text rules read {@link #prose}, the plan's own reference checks read {@link #id} and
 * {@link #reference}. A callback may throw to stop the walk.
 */
public interface PlanVisitor {

    /**
     * The kinds of item in a plan that have an id.
     * <p>
     * A goal's id is declared as {@link #LONG_TERM_GOAL} or {@link #SHORT_TERM_GOAL}, so that a
     * reference to a long-term goal can be told from a reference to any goal.
     */
    enum Item {
        /** The plan itself. */
        PLAN,
        /** The person the plan is for. */
        PERSON,
        /** A method of self-harm in the history. */
        METHOD,
        /** An episode of self-harm. */
        EPISODE,
        /** A chain analysis of an episode. */
        CHAIN_ANALYSIS,
        /** A risk identified in the formulation. */
        IDENTIFIED_RISK,
        /** A risk or protective factor. */
        RISK_FACTOR,
        /** A descriptive instrument observation. */
        INSTRUMENT_OBSERVATION,
        /** A long-term goal. */
        LONG_TERM_GOAL,
        /** A short-term goal. */
        SHORT_TERM_GOAL,
        /** An intervention. */
        INTERVENTION,
        /** A medication. */
        MEDICATION,
        /** A member of the care team. */
        TEAM_MEMBER,
        /** An entry of the risk management plan. */
        RISK_MANAGEMENT_ENTRY,
        /** A contact. */
        CONTACT,
        /** A treatment decision. */
        TREATMENT_DECISION
    }

    /**
     * What a reference must name: the kinds of {@link Item} whose ids it may hold.
     */
    enum Target {
        /** A method of self-harm ({@link Item#METHOD}). */
        METHOD(EnumSet.of(Item.METHOD)),
        /** An episode ({@link Item#EPISODE}). */
        EPISODE(EnumSet.of(Item.EPISODE)),
        /** Any goal, long- or short-term. */
        GOAL(EnumSet.of(Item.LONG_TERM_GOAL, Item.SHORT_TERM_GOAL)),
        /** A long-term goal, which a short-term goal serves. */
        LONG_TERM_GOAL(EnumSet.of(Item.LONG_TERM_GOAL)),
        /** A member of the care team. */
        TEAM_MEMBER(EnumSet.of(Item.TEAM_MEMBER)),
        /** Whoever owns a goal, a step or an action: a member of the care team or the person. */
        MEMBER_OR_PERSON(EnumSet.of(Item.TEAM_MEMBER, Item.PERSON)),
        /** A contact. */
        CONTACT(EnumSet.of(Item.CONTACT)),
        /** A risk identified in the formulation. */
        IDENTIFIED_RISK(EnumSet.of(Item.IDENTIFIED_RISK)),
        /** A risk or protective factor. */
        RISK_FACTOR(EnumSet.of(Item.RISK_FACTOR));

        private final Set<Item> items;

        Target(Set<Item> items) {
            this.items = items;
        }

        /**
         * Tells whether a reference of this target may name an item of a kind.
         *
         * @param item the kind of item, not null
         * @return true if the item's id resolves a reference of this target
         * @throws NullPointerException if {@code item} is null
         */
        public boolean accepts(Item item) {
            return items.contains(Objects.requireNonNull(item, "item"));
        }
    }

    /**
     * Called before the components of a record inside the plan (not for the plan itself).
     *
     * @param path   where the record is, not null
     * @param record the record, not null
     */
    default void enter(PlanPath path, Record record) {
    }

    /**
     * Called after the components of a record inside the plan (not for the plan itself).
     *
     * @param path   where the record is, not null
     * @param record the record, not null
     */
    default void leave(PlanPath path, Record record) {
    }

    /**
     * Receives free text in words, written by a clinician or the person: a description, a statement, a
     * reason, a note, a role or a relationship. This is the text that the text rules read.
     *
     * @param path where the text is, not null
     * @param text the text, not null
     */
    default void prose(PlanPath path, String text) {
    }

    /**
     * Receives a proper name: of the person, a contact, a member of the care team or their
     * organisation, a signatory, a medicine or an instrument. A name is printed, but it is not
     * read as wording: "Cutter" is a surname.
     *
     * @param path where the name is, not null
     * @param name the name, not null
     */
    default void name(PlanPath path, String name) {
    }

    /**
     * Receives a telephone number to call or text, as written.
     *
     * @param path   where the number is, not null
     * @param number the number, not null
     */
    default void phoneNumber(PlanPath path, String number) {
    }

    /**
     * Receives a code written as a string: a country code or the keyword a text service asks for.
     *
     * @param path where the code is, not null
     * @param code the code, not null
     */
    default void code(PlanPath path, String code) {
    }

    /**
     * Receives a value of one of the model's vocabularies, such as a goal's area or a contact's kind.
     *
     * @param path  where the value is, not null
     * @param value the value, not null
     */
    default void code(PlanPath path, Coded value) {
    }

    /**
     * Receives the id of an item of the plan, where the item declares it.
     *
     * @param path where the id is, not null
     * @param id   the id, not null
     * @param item what kind of item it identifies, not null
     */
    default void id(PlanPath path, String id, Item item) {
    }

    /**
     * Receives a reference to another item of the plan by its id.
     *
     * @param path   where the reference is, not null
     * @param id     the id it names, not null
     * @param target what it must name, not null
     */
    default void reference(PlanPath path, String id, Target target) {
    }

    /**
     * Receives a date.
     *
     * @param path where the date is, not null
     * @param date the date, not null
     */
    default void date(PlanPath path, LocalDate date) {
    }

    /**
     * Receives a whole number: a version, a count, a number of sessions or months.
     *
     * @param path  where the number is, not null
     * @param value the number
     */
    default void number(PlanPath path, int value) {
    }

    /**
     * Receives a yes/no flag.
     *
     * @param path  where the flag is, not null
     * @param value the flag
     */
    default void flag(PlanPath path, boolean value) {
    }

    /**
     * Receives a locale: the person's language and region.
     *
     * @param path   where the locale is, not null
     * @param locale the locale, not null
     */
    default void locale(PlanPath path, Locale locale) {
    }
}

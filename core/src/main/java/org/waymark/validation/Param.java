package org.waymark.validation;

import java.time.LocalDate;
import java.util.Objects;
import org.waymark.model.Coded;

/**
 * A named, typed parameter of a rule message, such as {@code goalId} (a {@code String}) or
 * {@code dueDate} (a {@code LocalDate}). A message template names its parameters as {@code {name}};
 * each rule declares which parameters each of its messages carries ({@link Rule#parameters(String)}).
 * <p>
 * Values are ids, codes, dates and counts, never the plan's free text. A coded value is carried in a
 * finding as its code and printed in a message as its label.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param <T> the type of the parameter's values
 */
public final class Param<T> {

    /** A goal's id. */
    public static final Param<String> GOAL_ID = new Param<>("goalId", String.class);
    /** A care team member's id. */
    public static final Param<String> MEMBER_ID = new Param<>("memberId", String.class);
    /** An identified risk's id. */
    public static final Param<String> RISK_ID = new Param<>("riskId", String.class);
    /** A risk factor's id. */
    public static final Param<String> FACTOR_ID = new Param<>("factorId", String.class);
    /** A contact's id. */
    public static final Param<String> CONTACT_ID = new Param<>("contactId", String.class);
    /** A treatment decision's id. */
    public static final Param<String> DECISION_ID = new Param<>("decisionId", String.class);
    /** An instrument observation's id. */
    public static final Param<String> OBSERVATION_ID = new Param<>("observationId", String.class);
    /** An intervention's id. */
    public static final Param<String> INTERVENTION_ID = new Param<>("interventionId", String.class);
    /** A medication's id. */
    public static final Param<String> MEDICATION_ID = new Param<>("medicationId", String.class);
    /** An episode's id. */
    public static final Param<String> EPISODE_ID = new Param<>("episodeId", String.class);
    /** A method record's id. */
    public static final Param<String> METHOD_ID = new Param<>("methodId", String.class);
    /** The key of a term the language checker matched. */
    public static final Param<String> TERM_KEY = new Param<>("termKey", String.class);
    /** The language checker's suggested wording (library text, never the plan's). */
    public static final Param<String> SUGGESTION = new Param<>("suggestion", String.class);

    /** The words of the plan's text a language or prediction finding is about, quoted in its message. */
    public static final Param<String> TERM = new Param<>("term", String.class);
    /** An ISO 3166 country code. */
    public static final Param<String> COUNTRY = new Param<>("country", String.class);
    /** An emergency phone number. */
    public static final Param<String> NUMBER = new Param<>("number", String.class);
    /** A character that cannot be printed, named without quoting it: {@code U+0627 ARABIC LETTER ALEF}. */
    public static final Param<String> CHARACTER = new Param<>("character", String.class);
    /** A guideline's name, such as {@code NG225}. */
    public static final Param<String> GUIDELINE = new Param<>("guideline", String.class);

    /** A needs or risk formulation domain. */
    public static final Param<Coded> DOMAIN = new Param<>("domain", Coded.class);
    /** A risk's horizon. */
    public static final Param<Coded> HORIZON = new Param<>("horizon", Coded.class);
    /** A factor's category. */
    public static final Param<Coded> CATEGORY = new Param<>("category", Coded.class);
    /** The kind of a decision or of a family involvement. */
    public static final Param<Coded> KIND = new Param<>("kind", Coded.class);
    /** A topic of information given. */
    public static final Param<Coded> TOPIC = new Param<>("topic", Coded.class);
    /** A self-harm method. */
    public static final Param<Coded> METHOD = new Param<>("method", Coded.class);

    /** A number of goals. */
    public static final Param<Integer> GOALS = new Param<>("goals", Integer.class);
    /** A review interval in months, as recorded. */
    public static final Param<Integer> INTERVAL_MONTHS = new Param<>("intervalMonths", Integer.class);
    /** The most months the profile allows. */
    public static final Param<Integer> MONTHS = new Param<>("months", Integer.class);
    /** A safety plan step, 1 to 6. */
    public static final Param<Integer> STEP = new Param<>("step", Integer.class);
    /** A number of sessions. */
    public static final Param<Integer> SESSIONS = new Param<>("sessions", Integer.class);
    /** The least of a range. */
    public static final Param<Integer> MIN = new Param<>("min", Integer.class);
    /** The most of a range. */
    public static final Param<Integer> MAX = new Param<>("max", Integer.class);
    /** The offset in a text where a match starts. */
    public static final Param<Integer> START = new Param<>("start", Integer.class);
    /** The offset in a text where a match ends. */
    public static final Param<Integer> END = new Param<>("end", Integer.class);
    /** A number of days. */
    public static final Param<Long> DAYS = new Param<>("days", Long.class);

    /** A due date. */
    public static final Param<LocalDate> DUE_DATE = new Param<>("dueDate", LocalDate.class);
    /** A start date. */
    public static final Param<LocalDate> START_DATE = new Param<>("startDate", LocalDate.class);
    /** The next review date. */
    public static final Param<LocalDate> NEXT_REVIEW_DATE = new Param<>("nextReviewDate", LocalDate.class);
    /** The date a period is counted from. */
    public static final Param<LocalDate> FROM = new Param<>("from", LocalDate.class);
    /** The latest acceptable date. */
    public static final Param<LocalDate> LATEST = new Param<>("latest", LocalDate.class);
    /** The evaluation date. */
    public static final Param<LocalDate> ON = new Param<>("on", LocalDate.class);
    /** An episode's date. */
    public static final Param<LocalDate> DATE = new Param<>("date", LocalDate.class);
    /** The date the limits of confidentiality were explained. */
    public static final Param<LocalDate> EXPLAINED_ON = new Param<>("explainedOn", LocalDate.class);
    /** The date information was first shared. */
    public static final Param<LocalDate> SHARED_ON = new Param<>("sharedOn", LocalDate.class);
    /** The date an involvement began. */
    public static final Param<LocalDate> SINCE = new Param<>("since", LocalDate.class);
    /** The date consent was recorded. */
    public static final Param<LocalDate> RECORDED_ON = new Param<>("recordedOn", LocalDate.class);

    private final String name;
    private final Class<T> type;

    private Param(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    /**
     * Returns the name, as a message template writes it between braces.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the type of the parameter's values.
     *
     * @return the type, not null
     */
    public Class<T> type() {
        return type;
    }

    /** Binds a value; a null value is left out of the finding. */
    Arg of(T value) {
        return new Arg(this, value);
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }

    /** A parameter bound to a value in one finding. */
    record Arg(Param<?> param, Object value) {
        Arg {
            Objects.requireNonNull(param, "param");
        }
    }
}

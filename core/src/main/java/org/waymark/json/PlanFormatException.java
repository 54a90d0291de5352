package org.waymark.json;

import java.util.Optional;

/**
 * Thrown when a Waymark JSON document cannot be read: it is not well-formed JSON, it breaks a
 * size limit, a value has the wrong type or form, a field is unknown, or the plan it describes is
 * structurally invalid (a dangling reference, a duplicate id).
 * <p>
 * The exception says where — a JSON path such as {@code $.plan.goals[2].dueDate} and the line and
 * column — and what was expected. It never quotes values from the document, so it is safe to log:
 * documents hold patient data.
 * <p>
 * A document that carries a risk score, probability or risk level is rejected with
 * {@link #ruleId()} {@code NO-RISK-PREDICTION} (NICE NG225 1.6.1 to 1.6.4).
 */
public final class PlanFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The JSON path of the problem. */
    private final String path;
    /** The 1-based line, or -1 if unknown. */
    private final int line;
    /** The 1-based column, or -1 if unknown. */
    private final int column;
    /** What is wrong and what was expected. */
    private final String problem;
    /** The guideline rule the problem breaks, or null. */
    private final String ruleId;

    /**
     * Creates an exception.
     *
     * @param path    the JSON path of the problem, e.g. {@code $.plan.goals[2]}, not null
     * @param line    the 1-based line, or -1 if unknown
     * @param column  the 1-based column, or -1 if unknown
     * @param problem what is wrong and what was expected, not null
     * @param ruleId  the guideline rule the problem breaks, or null
     * @param cause   the underlying cause, may be null
     */
    public PlanFormatException(String path, int line, int column, String problem, String ruleId, Throwable cause) {
        super(format(path, line, column, problem, ruleId), cause, false, true);
        this.path = path;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.ruleId = ruleId;
    }

    /**
     * Returns the JSON path of the problem, such as {@code $.plan.goals[2].dueDate}; {@code $} for the document.
     *
     * @return the JSON path of the problem, such as {@code $.plan.goals[2].dueDate}; {@code $} for the document
     */
    public String path() {
        return path;
    }

    /**
     * Returns the 1-based line of the problem, or -1 if unknown.
     *
     * @return the 1-based line of the problem, or -1 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column of the problem, or -1 if unknown.
     *
     * @return the 1-based column of the problem, or -1 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * Returns what is wrong and what was expected, without the location.
     *
     * @return what is wrong and what was expected, without the location
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns the id of the guideline rule the document breaks, if the problem is a rule.
     *
     * @return the id of the guideline rule the document breaks, if the problem is a rule
     */
    public Optional<String> ruleId() {
        return Optional.ofNullable(ruleId);
    }

    private static String format(String path, int line, int column, String problem, String ruleId) {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        sb.append(": ").append(problem);
        if (ruleId != null) {
            sb.append(" [").append(ruleId).append(']');
        }
        return sb.toString();
    }
}

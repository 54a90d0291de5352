package org.waymark.json.internal;

/**
 * Why and where the reader refused a document: the parts of a public {@code PlanFormatException}, which
 * {@code PlanJson} builds from them. The reader throws this type rather than the public one so that this
 * package does not depend back on {@code org.waymark.json}. Like the public exception it carries no text of
 * the document beyond a field name made safe, and it records no stack trace (the public exception does).
 */
public final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the JSON path of the problem */
    private final String path;
    /** @serial the 1-based line, or -1 */
    private final int line;
    /** @serial the 1-based column, or -1 */
    private final int column;
    /** @serial what is wrong and what was expected */
    private final String problem;
    /** @serial the guideline rule the problem breaks, or null */
    private final String ruleId;

    /**
     * Creates a failure.
     *
     * @param path    the JSON path of the problem, such as {@code $.plan.goals[2]}, not null
     * @param line    the 1-based line, or -1 if unknown
     * @param column  the 1-based column, or -1 if unknown
     * @param problem what is wrong and what was expected, not null
     * @param ruleId  the guideline rule the problem breaks, or null
     * @param cause   the underlying cause, may be null
     */
    public ReadFailure(String path, int line, int column, String problem, String ruleId, Throwable cause) {
        super(problem, cause, false, false);
        this.path = path;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.ruleId = ruleId;
    }

    /**
     * Returns the JSON path of the problem.
     *
     * @return the path, such as {@code $.plan.goals[2].dueDate}; {@code $} for the document
     */
    public String path() {
        return path;
    }

    /**
     * Returns the line of the problem.
     *
     * @return the 1-based line, or -1 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the problem.
     *
     * @return the 1-based column, or -1 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * Returns what is wrong and what was expected.
     *
     * @return the problem, not null
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns the guideline rule the problem breaks.
     *
     * @return the rule id, or null
     */
    public String ruleId() {
        return ruleId;
    }
}

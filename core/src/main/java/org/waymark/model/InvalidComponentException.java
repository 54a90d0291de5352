package org.waymark.model;

import java.util.Objects;

/**
 * Thrown by a model constructor when a component breaks a structural rule: a dangling reference, an
 * id used twice, a value out of range. It says where, as a {@link PlanPath} relative to the record
 * whose constructor threw (for {@link CarePlan}, a path from the plan), and what is wrong; it never
 * quotes free text.
 * <p>
 * The message is {@code path + ": " + problem}, as for every {@link IllegalArgumentException} the
 * model throws, so callers that only read the message see no difference; a reader that knows where
 * the record stands in a document resolves {@link #path()} against that place.
 */
public final class InvalidComponentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Not serialisable: a path is rebuilt from the message text only by a caller that needs it. */
    private final transient PlanPath path;
    /** What is wrong, without quoting free text. */
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param path    where, relative to the record whose constructor throws, not null
     * @param problem what is wrong, without quoting free text, not null
     */
    public InvalidComponentException(PlanPath path, String problem) {
        super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"));
        this.path = path;
        this.problem = problem;
    }

    /**
     * Returns where the problem is, relative to the record whose constructor threw.
     *
     * @return the path, not null (null only after deserialisation)
     */
    public PlanPath path() {
        return path;
    }

    /**
     * Returns what is wrong, without the path.
     *
     * @return the problem, not null
     */
    public String problem() {
        return problem;
    }
}

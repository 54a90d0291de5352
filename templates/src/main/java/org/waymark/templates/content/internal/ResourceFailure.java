package org.waymark.templates.content.internal;

import java.util.Objects;

/**
 * Where and why {@link StrictJson} refused a resource: the parts of a public {@code ContentLoadException},
 * which the content library and the template library build from them. Thrown instead of the public type so
 * that this package does not depend back on {@code org.waymark.templates.content}. It records no stack trace
 * (the public exception does).
 */
public final class ResourceFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the resource name */
    private final String resource;
    /** @serial the JSON path of the problem, or empty */
    private final String jsonPath;
    /** @serial the 1-based line, or -1 */
    private final int line;
    /** @serial the 1-based column, or -1 */
    private final int column;
    /** @serial why the resource could not be read */
    private final String reason;

    /**
     * Creates a failure.
     *
     * @param resource  the resource name, not null
     * @param jsonPath  the JSON path of the problem, such as {@code goals[3].area}, or empty if unknown
     * @param line      the 1-based line, or -1 if unknown
     * @param column    the 1-based column, or -1 if unknown
     * @param reason    why the resource could not be read, not null
     * @param cause     the underlying problem, or null
     */
    public ResourceFailure(String resource, String jsonPath, int line, int column, String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.resource = Objects.requireNonNull(resource, "resource");
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns the resource that could not be read.
     *
     * @return the resource name, not null
     */
    public String resource() {
        return resource;
    }

    /**
     * Returns the JSON path of the problem.
     *
     * @return the path, such as {@code goals[3].area}, or empty if unknown
     */
    public String jsonPath() {
        return jsonPath;
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
     * Returns why the resource could not be read.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }
}

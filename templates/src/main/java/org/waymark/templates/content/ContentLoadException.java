package org.waymark.templates.content;

import java.util.Objects;
import org.waymark.templates.content.internal.ResourceFailure;

/**
 * Thrown when content resources cannot be found or read: a missing locale or file, malformed JSON, an
 * unknown property, a duplicated id or a broken link between entries.
 * <p>
 * The message names the resource and, where known, the line, column and JSON path of the problem.
 * Shipped resources are tested, so this normally signals a broken host-supplied locale.
 */
public final class ContentLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The resource name. */
    private final String resource;
    /** The JSON path of the problem, or empty if unknown. */
    private final String jsonPath;
    /** The 1-based line, or -1 if unknown. */
    private final int line;
    /** The 1-based column, or -1 if unknown. */
    private final int column;

    /**
     * Creates an exception.
     *
     * @param resource  the resource name, not null
     * @param jsonPath  the JSON path of the problem, such as {@code goals[3].area}, or empty if unknown
     * @param line      the 1-based line, or -1 if unknown
     * @param column    the 1-based column, or -1 if unknown
     * @param reason    why the content could not be read, not null
     * @param cause     the underlying problem, or null
     */
    public ContentLoadException(String resource, String jsonPath, int line, int column, String reason,
            Throwable cause) {
        super(format(resource, jsonPath, line, column, reason), cause);
        this.resource = Objects.requireNonNull(resource, "resource");
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.line = line;
        this.column = column;
    }

    /**
     * Turns a refusal of the strict JSON reader into the public exception, with the same resource, path,
     * line, column, reason and cause.
     *
     * @param failure  the refusal, not null
     * @return the exception, not null
     */
    static ContentLoadException of(ResourceFailure failure) {
        return new ContentLoadException(failure.resource(), failure.jsonPath(), failure.line(), failure.column(),
                failure.reason(), failure.getCause());
    }

    private static String format(String resource, String jsonPath, int line, int column, String reason) {
        StringBuilder b = new StringBuilder(resource);
        if (line > 0) {
            b.append(": line ").append(line);
            if (column > 0) {
                b.append(", column ").append(column);
            }
        }
        if (!jsonPath.isEmpty()) {
            b.append(", at ").append(jsonPath);
        }
        return b.append(": ").append(reason).toString();
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
     * @return the path, such as {@code goals[3].area}, or empty if unknown; not null
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
}

package org.waymark.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A path into a care plan, such as {@code goals[2].dueDate}, {@code review.nextReviewDate} or
 * {@code riskManagementPlan}: the one way the library names a place in a plan. Validation findings,
 * the model's structural checks, JSON read errors and other mappings of the model all use it.
 * <p>
 * Syntax: {@code path = property ( "." property | "[" index "]" )*}, where a property is a record
 * component name (and so the JSON field name: one or more characters other than {@code .}, {@code [}
 * and {@code ]}) and an index counts list elements from 0 in plan order. {@link #parse(String)} reads
 * what {@link #toString()} writes: {@code PlanPath.parse(p.toString()).equals(p)} for every path.
 * In a JSON document the plan stands under the field {@code plan}, so {@link #toJsonPath()} prefixes
 * {@code $.plan.}: {@code $.plan.goals[2].dueDate}.
 * <p>
 * Paths order segment by segment: property names alphabetically, indexes numerically, so that
 * {@code goals[2]} comes before {@code goals[10]}, and a path before the paths below it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanPath implements Comparable<PlanPath> {

    private static final int NO_INDEX = -1;

    private final PlanPath parent;
    private final String name;
    private final int index;
    private final int depth;
    private volatile String text;

    private PlanPath(PlanPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.depth = parent == null ? 1 : parent.depth + 1;
    }

    /**
     * Obtains a path to a property of the plan.
     *
     * @param property a component name of {@link org.waymark.model.CarePlan}, not null
     * @return the path, not null
     * @throws IllegalArgumentException if the name is empty or holds {@code .}, {@code [} or {@code ]}
     */
    public static PlanPath of(String property) {
        return new PlanPath(null, checkName(property), NO_INDEX);
    }

    /**
     * Parses a path written as {@link #toString()} writes it.
     *
     * @param text the path, e.g. {@code history.chainAnalyses[0].links[2].description}, not null
     * @return the path, not null
     * @throws IllegalArgumentException if the text is not a path
     */
    public static PlanPath parse(String text) {
        Objects.requireNonNull(text, "text");
        PlanPath path = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (path == null || close < 0) {
                    throw new IllegalArgumentException("not a plan path: an index must follow a property and be closed");
                }
                String digits = text.substring(i + 1, close);
                if (digits.isEmpty() || digits.length() > 9 || (digits.length() > 1 && digits.charAt(0) == '0')
                        || !digits.chars().allMatch(d -> d >= '0' && d <= '9')) {
                    throw new IllegalArgumentException("not a plan path: an index must be a whole number written as toString() writes it");
                }
                int value = Integer.parseInt(digits);
                path = path.index(value);
                i = close + 1;
            } else {
                if (c == '.') {
                    if (path == null) {
                        throw new IllegalArgumentException("not a plan path: it must start with a property");
                    }
                    i++;
                } else if (path != null) {
                    throw new IllegalArgumentException("not a plan path: properties are separated by '.'");
                }
                int end = i;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String property = text.substring(i, end);
                path = path == null ? of(property) : path.property(property);
                i = end;
            }
        }
        if (path == null) {
            throw new IllegalArgumentException("not a plan path: empty");
        }
        return path;
    }

    /**
     * Returns the path to a property below this one.
     *
     * @param property the component name, not null
     * @return the longer path, not null
     */
    public PlanPath property(String property) {
        return new PlanPath(this, checkName(property), NO_INDEX);
    }

    /**
     * Returns the path to an element of the list at this path.
     *
     * @param i the index, from 0
     * @return the longer path, not null
     * @throws IllegalArgumentException if {@code i} is negative
     */
    public PlanPath index(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("index: must be 0 or more, was " + i);
        }
        return new PlanPath(this, null, i);
    }

    /**
     * Returns this path followed by a path that is relative to the place this path names, as when a
     * record's own check names one of its components and the record stands at this path.
     *
     * @param relative the path below this one, not null
     * @return the longer path, not null
     */
    public PlanPath resolve(PlanPath relative) {
        Objects.requireNonNull(relative, "relative");
        PlanPath base = relative.parent == null ? this : resolve(relative.parent);
        return new PlanPath(base, relative.name, relative.index);
    }

    /**
     * Returns the path as a JSON path into a Waymark document, where the plan stands under
     * {@code plan}: {@code $.plan.goals[2].dueDate}.
     *
     * @return the JSON path, not null
     */
    public String toJsonPath() {
        return "$.plan." + this;
    }

    /**
     * Returns the path one step up.
     *
     * @return the parent, or null for a top-level property
     */
    public PlanPath parent() {
        return parent;
    }

    /**
     * Tells whether the last segment is an index into a list.
     *
     * @return true for {@code goals[2]}, false for {@code goals[2].dueDate}
     */
    public boolean isIndex() {
        return name == null;
    }

    /**
     * Returns the last segment's property name.
     *
     * @return the name, or null when the last segment is an index
     */
    public String name() {
        return name;
    }

    /**
     * Returns the last segment's index.
     *
     * @return the index, or -1 when the last segment is a property
     */
    public int indexValue() {
        return index;
    }

    /**
     * Returns the segments from the top, each a property name ({@code String}) or an index ({@code Integer}).
     *
     * @return the segments, not null, unmodifiable
     */
    public List<Object> segments() {
        List<Object> list = new ArrayList<>(depth);
        for (PlanPath p = this; p != null; p = p.parent) {
            list.add(p.name != null ? p.name : (Object) p.index);
        }
        Collections.reverse(list);
        return Collections.unmodifiableList(list);
    }

    /**
     * Compares segment by segment: names alphabetically, indexes numerically, an index before a
     * name, and a path before the paths that extend it.
     */
    @Override
    public int compareTo(PlanPath other) {
        if (this == other) {
            return 0;
        }
        PlanPath[] a = chain(this);
        PlanPath[] b = chain(other);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = compareSegment(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareSegment(PlanPath x, PlanPath y) {
        if (x.name == null && y.name == null) {
            return Integer.compare(x.index, y.index);
        }
        if (x.name == null) {
            return -1;
        }
        if (y.name == null) {
            return 1;
        }
        return x.name.compareTo(y.name);
    }

    private static PlanPath[] chain(PlanPath p) {
        PlanPath[] a = new PlanPath[p.depth];
        for (PlanPath q = p; q != null; q = q.parent) {
            a[q.depth - 1] = q;
        }
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanPath p && toString().equals(p.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** Returns the path as text, e.g. {@code goals[2].dueDate}. */
    @Override
    public String toString() {
        String s = text;
        if (s == null) {
            StringBuilder sb = new StringBuilder();
            append(sb);
            s = sb.toString();
            text = s;
        }
        return s;
    }

    private void append(StringBuilder sb) {
        if (parent != null) {
            parent.append(sb);
        }
        if (name == null) {
            sb.append('[').append(index).append(']');
        } else {
            if (parent != null) {
                sb.append('.');
            }
            sb.append(name);
        }
    }

    private static String checkName(String property) {
        Objects.requireNonNull(property, "property");
        if (property.isEmpty() || property.indexOf('.') >= 0 || property.indexOf('[') >= 0 || property.indexOf(']') >= 0) {
            throw new IllegalArgumentException("property: a component name without '.', '[' or ']'");
        }
        return property;
    }
}

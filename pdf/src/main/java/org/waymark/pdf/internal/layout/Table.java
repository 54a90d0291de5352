package org.waymark.pdf.internal.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table with a header row (tagged Table, TR, TH with column scope, TD). Cells wrap; a table
 * splits across pages between rows, repeating its header row, and a row taller than a page
 * splits between lines.
 *
 * @param columns  the columns, not null, not empty
 * @param rows  the body rows, each with one cell per column, not null
 */
public record Table(List<Column> columns, List<List<Paragraph>> rows) implements Block {

    /**
     * A column: its header and its share of the table's width.
     *
     * @param header  the header text, not null
     * @param weight  the relative width, positive
     */
    public record Column(String header, float weight) {

        /**
         * Creates an instance, checking the components.
         *
         * @param header  the header text, not null
         * @param weight  the relative width, positive
         */
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(weight > 0) || Float.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
        }
    }

    /**
     * Creates an instance, checking and copying the components.
     *
     * @param columns  the columns, not null, not empty
     * @param rows  the body rows, each with one cell per column, not null
     */
    public Table {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<List<Paragraph>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Paragraph> row = List.copyOf(rows.get(i));
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " has " + row.size() + " cells, expected " + columns.size());
            }
            copy.add(row);
        }
        rows = List.copyOf(copy);
    }

    /**
     * Starts a table with equally wide columns.
     *
     * @param headers  the column headers, not null
     * @return a builder, not null
     */
    public static Builder builder(String... headers) {
        return new Builder(Arrays.stream(headers).map(h -> new Column(h, 1f)).toList());
    }

    /**
     * Starts a table.
     *
     * @param columns  the columns, not null
     * @return a builder, not null
     */
    public static Builder builder(List<Column> columns) {
        return new Builder(columns);
    }

    /** Collects the rows of a table. Not thread-safe. */
    public static final class Builder {
        private final List<Column> columns;
        private final List<List<Paragraph>> rows = new ArrayList<>();

        private Builder(List<Column> columns) {
            this.columns = List.copyOf(columns);
        }

        /**
         * Adds a row of plain-text cells.
         *
         * @param cells  one text per column, not null
         * @return this builder
         */
        public Builder row(String... cells) {
            rows.add(Arrays.stream(cells).map(Paragraph::of).toList());
            return this;
        }

        /**
         * Adds a row of cells.
         *
         * @param cells  one paragraph per column, not null
         * @return this builder
         */
        public Builder row(List<Paragraph> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table, not null
         */
        public Table build() {
            return new Table(columns, rows);
        }
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}

package org.waymark.research;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.waymark.model.CarePlan;
import org.waymark.tables.PlanTables;
import org.waymark.validation.ValidationReport;

/**
 * Tidy tables of care plans for analysis in pandas or R: one row per plan, per goal, per review, per
 * method of self-harm and per validation finding, in UTF-8 CSV (RFC 4180, {@code \n} line ends, a header row). The columns and
 * row values are {@link PlanTables}'s, from {@code waymark-core}; this class writes them as CSV.
 * <p>
 * Column names are stable and documented in the README. No free text is exported — no names, no goal
 * statements, no notes — only ids, codes, dates, counts and yes/no values, so that tables can be shared
 * for research with less risk. Dates are ISO ({@code 2026-11-23}); booleans are {@code true}/{@code false};
 * absent values are empty.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CsvExport {

    /** Columns of {@code plans.csv}: {@link PlanTables#PLAN_COLUMNS}. */
    public static final List<String> PLAN_COLUMNS = PlanTables.names(PlanTables.PLAN_COLUMNS);
    /** Columns of {@code goals.csv}: {@link PlanTables#GOAL_COLUMNS}. */
    public static final List<String> GOAL_COLUMNS = PlanTables.names(PlanTables.GOAL_COLUMNS);
    /** Columns of {@code reviews.csv}: {@link PlanTables#REVIEW_COLUMNS}. */
    public static final List<String> REVIEW_COLUMNS = PlanTables.names(PlanTables.REVIEW_COLUMNS);
    /** Columns of {@code methods.csv}: {@link PlanTables#METHOD_COLUMNS}. */
    public static final List<String> METHOD_COLUMNS = PlanTables.names(PlanTables.METHOD_COLUMNS);
    /** Columns of {@code findings.csv}: {@link PlanTables#FINDING_COLUMNS}. */
    public static final List<String> FINDING_COLUMNS = PlanTables.names(PlanTables.FINDING_COLUMNS);

    private CsvExport() {
    }

    /** A plan and its validation report. */
    public record Row(CarePlan plan, ValidationReport report) {
        /** Checks the components. */
        public Row {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(report, "report");
        }
    }

    /** Writes {@code plans.csv}. */
    public static void writePlans(List<Row> rows, OutputStream out) throws IOException {
        write(out, PLAN_COLUMNS, rows, r -> List.of(PlanTables.planRow(r.plan(), r.report())));
    }

    /** Writes {@code goals.csv}. */
    public static void writeGoals(List<Row> rows, OutputStream out) throws IOException {
        write(out, GOAL_COLUMNS, rows, r -> PlanTables.goalRows(r.plan()));
    }

    /** Writes {@code reviews.csv}. */
    public static void writeReviews(List<Row> rows, OutputStream out) throws IOException {
        write(out, REVIEW_COLUMNS, rows, r -> PlanTables.reviewRows(r.plan()));
    }

    /** Writes {@code methods.csv}. */
    public static void writeMethods(List<Row> rows, OutputStream out) throws IOException {
        write(out, METHOD_COLUMNS, rows, r -> PlanTables.methodRows(r.plan()));
    }

    /** Writes {@code findings.csv}. */
    public static void writeFindings(List<Row> rows, OutputStream out) throws IOException {
        write(out, FINDING_COLUMNS, rows, r -> PlanTables.findingRows(r.plan(), r.report()));
    }

    private static void write(OutputStream out, List<String> header, List<Row> rows,
                              Function<Row, List<List<Object>>> lines) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, new ArrayList<>(header));
        for (Row row : rows) {
            for (List<Object> values : lines.apply(row)) {
                line(w, values);
            }
        }
        w.flush();
    }

    private static void line(Writer w, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object value = values.get(i);
            w.write(quote(value == null ? "" : String.valueOf(value)));
        }
        w.write('\n');
    }

    /** Quotes a value when it holds a comma, a quote or a line break (RFC 4180). */
    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

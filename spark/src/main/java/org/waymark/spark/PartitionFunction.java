package org.waymark.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.waymark.json.PlanFormatException;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.tables.PlanTables;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.ValidationReport;

/**
 * Reads, validates and tabulates the documents of one partition, one document at a time as Spark
 * pulls rows, with the executor JVM's validator for the options. Input rows are (id, json) as text.
 */
final class PartitionFunction implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** One validator per options per JVM, created on first use; validators are stateless and thread-safe. */
    private static final Map<SparkOptions, PlanValidator> VALIDATORS = new ConcurrentHashMap<>();

    enum Table { FINDINGS, PLANS }

    private final Table table;
    private final SparkOptions options;

    PartitionFunction(Table table, SparkOptions options) {
        this.table = table;
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        PlanValidator validator = VALIDATORS.computeIfAbsent(options, SparkOptions::validator);
        return new Iterator<>() {
            private final ArrayDeque<Row> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && input.hasNext()) {
                    Row in = input.next();
                    pending.addAll(rows(validator, in.isNullAt(0) ? null : in.getString(0),
                            in.isNullAt(1) ? null : in.getString(1)));
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }
        };
    }

    /** The output rows of one document. */
    List<Row> rows(PlanValidator validator, String id, String json) {
        CarePlan plan;
        try {
            if (json == null) {
                throw new PlanFormatException("$", -1, -1, "no document (null)", null, null);
            }
            plan = PlanJson.read(json);
        } catch (PlanFormatException e) {
            return List.of(unreadable(id, e.problem(), e.path(), e.line(), e.column(), e.ruleId().orElse(null)));
        } catch (RuntimeException e) {
            // A reader fault must not fail the job; its message could quote the document, so only its type.
            return List.of(unreadable(id, "could not be read (" + e.getClass().getSimpleName() + ")", "$", -1, -1, null));
        }
        ValidationReport report = validator.validate(plan, options.stage(), options.on());
        if (table == Table.PLANS) {
            return List.of(row(id, PlanTables.planRow(plan, report), null, null, null, null));
        }
        List<Row> rows = new ArrayList<>();
        for (List<Object> finding : PlanTables.findingRows(plan, report)) {
            rows.add(row(id, finding, null, null, null, null));
        }
        return rows;
    }

    private Row unreadable(String id, String problem, String path, int line, int column, String ruleId) {
        Integer l = line < 0 ? null : line;
        Integer c = column < 0 ? null : column;
        List<Object> values = new ArrayList<>();
        if (table == Table.PLANS) {
            for (int i = 0; i < PlanTables.PLAN_COLUMNS.size(); i++) {
                values.add(null);
            }
        } else {
            // plan_id, rule_id, severity, path, citation
            values.add(null);
            values.add(ruleId == null ? WaymarkSpark.UNREADABLE : ruleId);
            values.add("error");
            values.add(path);
            values.add(null);
        }
        return row(id, values, problem, path, l, c);
    }

    private Row row(String id, List<Object> values, String problem, String path, Integer line, Integer column) {
        Object[] out = new Object[values.size() + 5];
        out[0] = id;
        for (int i = 0; i < values.size(); i++) {
            out[i + 1] = values.get(i);
        }
        int n = values.size() + 1;
        out[n] = problem;
        out[n + 1] = path;
        out[n + 2] = line;
        out[n + 3] = column;
        return RowFactory.create(out);
    }
}

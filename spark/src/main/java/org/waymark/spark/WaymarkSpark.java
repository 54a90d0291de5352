package org.waymark.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.waymark.tables.PlanTables;
import scala.Option;

/**
 * Waymark on Apache Spark: validation findings and the tidy plans table of care plans held as JSON
 * documents in a table, computed where the data lives.
 * <p>
 * Both methods take a {@code Dataset<Row>} with a column that identifies each document (a file name,
 * a key in the lake table) and a column with the document, a Waymark JSON plan as text. They return
 * a new {@code Dataset<Row>}, lazily, as Spark does: nothing runs until an action. The work is done per
 * partition ({@code mapPartitions}) with one validator per executor JVM, created on first use and
 * shared by the JVM's tasks (the validator is stateless and thread-safe).
 * <p>
 * The tables have the columns of {@code findings.csv} and {@code plans.csv} ({@link PlanTables}), after
 * the id column, and no free text. A document that cannot be read never fails the job: it becomes a
 * row that says why and where, in four trailing columns — {@code read_problem} (what is wrong, never a
 * quote of the document), {@code read_path} (a JSON path such as {@code $.plan.goals[2].dueDate}),
 * {@code read_line} and {@code read_column} — which are null for readable documents. In the findings
 * table an unreadable document is one row whose {@code rule_id} is the rule the document breaks
 * ({@code NO-RISK-PREDICTION} for a risk score) or {@value #UNREADABLE}, with severity {@code error}
 * and {@code path} the JSON path. A row with a null document is unreadable at {@code $}.
 * <p>
 * Dates are Spark {@code DATE} values; they arrive as {@code java.time.LocalDate} in rows when the
 * session of the input dataset sets {@code spark.sql.datetime.java8API.enabled}, as
 * {@code java.sql.Date} otherwise, whichever session is active in the calling thread.
 * <p>
 * This class is thread-safe.
 */
public final class WaymarkSpark {

    /** The {@code rule_id} of a document that cannot be read and breaks no named rule. */
    public static final String UNREADABLE = "UNREADABLE";

    /** The columns after the table's own, in this order: why and where a document could not be read. */
    public static final List<String> READ_COLUMNS = List.of("read_problem", "read_path", "read_line", "read_column");

    private WaymarkSpark() {
    }

    /**
     * Validates every plan and returns one row per finding, plus one row per unreadable document.
     *
     * @param plans      the documents, not null
     * @param idColumn   the name of the column that identifies a document; its values are read as text
     * @param jsonColumn the name of the column with the JSON document; its values are read as text
     * @param options    how to validate, not null
     * @return columns: {@code idColumn}, then {@code plan_id, rule_id, severity, path, citation}, then
     *         {@link #READ_COLUMNS}; not null
     * @throws IllegalArgumentException if a column is missing, or the id column's name is one of the
     *                                  table's own
     */
    public static Dataset<Row> findings(Dataset<Row> plans, String idColumn, String jsonColumn, SparkOptions options) {
        StructType schema = findingsSchema(idColumn);
        return run(plans, idColumn, jsonColumn, schema, new PartitionFunction(PartitionFunction.Table.FINDINGS, options));
    }

    /**
     * Validates every plan and returns one row per document: the plans table.
     *
     * @param plans      the documents, not null
     * @param idColumn   the name of the column that identifies a document; its values are read as text
     * @param jsonColumn the name of the column with the JSON document; its values are read as text
     * @param options    how to validate (the table counts errors and warnings), not null
     * @return columns: {@code idColumn}, then those of {@code plans.csv}, then {@link #READ_COLUMNS};
     *         not null
     * @throws IllegalArgumentException if a column is missing, or the id column's name is one of the
     *                                  table's own
     */
    public static Dataset<Row> plansTable(Dataset<Row> plans, String idColumn, String jsonColumn, SparkOptions options) {
        StructType schema = plansSchema(idColumn);
        return run(plans, idColumn, jsonColumn, schema, new PartitionFunction(PartitionFunction.Table.PLANS, options));
    }

    /**
     * Returns the schema of {@link #findings}.
     *
     * @param idColumn the name of the id column, not null
     * @return the schema, not null
     */
    public static StructType findingsSchema(String idColumn) {
        return schema(idColumn, PlanTables.FINDING_COLUMNS);
    }

    /**
     * Returns the schema of {@link #plansTable}.
     *
     * @param idColumn the name of the id column, not null
     * @return the schema, not null
     */
    public static StructType plansSchema(String idColumn) {
        return schema(idColumn, PlanTables.PLAN_COLUMNS);
    }

    private static Dataset<Row> run(Dataset<Row> plans, String idColumn, String jsonColumn, StructType schema,
                                    PartitionFunction function) {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(jsonColumn, "jsonColumn");
        List<String> present = List.of(plans.columns());
        for (String column : List.of(idColumn, jsonColumn)) {
            if (!present.contains(column)) {
                throw new IllegalArgumentException("no column " + column + " in " + present);
            }
        }
        Dataset<Row> input = plans.select(plans.col(idColumn).cast(DataTypes.StringType),
                plans.col(jsonColumn).cast(DataTypes.StringType));
        return input.mapPartitions(function, encoder(plans.sparkSession(), schema));
    }

    /**
     * A row encoder built with the data's session active. Spark reads
     * {@code spark.sql.datetime.java8API.enabled} from the active session, which need not be the one
     * holding the data; the result's dates then follow the data's session. The encoder is lenient: it
     * takes a {@code DATE} as {@code java.time.LocalDate} (what the rows hold) under either setting.
     */
    private static ExpressionEncoder<Row> encoder(SparkSession session, StructType schema) {
        Option<SparkSession> previous = SparkSession.getActiveSession();
        SparkSession.setActiveSession(session);
        try {
            return ExpressionEncoder.apply(schema, true);
        } finally {
            if (previous.isDefined()) {
                SparkSession.setActiveSession(previous.get());
            } else {
                SparkSession.clearActiveSession();
            }
        }
    }

    private static StructType schema(String idColumn, List<PlanTables.Column> columns) {
        Objects.requireNonNull(idColumn, "idColumn");
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(idColumn, DataTypes.StringType, true));
        for (PlanTables.Column column : columns) {
            fields.add(DataTypes.createStructField(column.name(), type(column.type()), true));
        }
        fields.add(DataTypes.createStructField("read_problem", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("read_path", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("read_line", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("read_column", DataTypes.IntegerType, true));
        List<String> names = fields.stream().map(StructField::name).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("idColumn: " + idColumn + " is also a column of the table; rename it first");
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(PlanTables.Type type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
        };
    }
}

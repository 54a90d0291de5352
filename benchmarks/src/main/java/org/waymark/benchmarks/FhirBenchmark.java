package org.waymark.benchmarks;

import java.util.concurrent.TimeUnit;

import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.waymark.fhir.ExportOptions;
import org.waymark.fhir.FhirExport;
import org.waymark.fhir.FhirImport;
import org.waymark.json.ExamplePlans;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;

/**
 * The cost of FHIR: exporting the complete example plan as a Bundle and importing it back, as
 * objects and as JSON text, beside {@link PlanJson#write(CarePlan)} and {@link PlanJson#read(String)}
 * of the same plan (the baseline) in the same run.
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar FhirBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FhirBenchmark {

    private CarePlan plan;
    private String planJson;
    private Bundle bundle;
    private String bundleJson;

    /** Loads the complete example plan and its Bundle. */
    @Setup
    public void setUp() {
        plan = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
        planJson = PlanJson.write(plan);
        bundle = FhirExport.toFhir(plan);
        bundleJson = FhirExport.toJson(plan, ExportOptions.DEFAULT);
    }

    /** Baseline: Waymark JSON out. */
    @Benchmark
    public String planJsonWrite() {
        return PlanJson.write(plan);
    }

    /** Baseline: Waymark JSON in. */
    @Benchmark
    public CarePlan planJsonRead() {
        return PlanJson.read(planJson);
    }

    /** The plan to a Bundle of resources (no text). */
    @Benchmark
    public Bundle fhirExportObjects() {
        return FhirExport.toFhir(plan);
    }

    /** The plan to FHIR JSON text. */
    @Benchmark
    public String fhirExportJson() {
        return FhirExport.toJson(plan, ExportOptions.DEFAULT);
    }

    /** A Bundle of resources back to the plan (no text). */
    @Benchmark
    public CarePlan fhirImportObjects() {
        return FhirImport.fromFhir(bundle);
    }

    /** FHIR JSON text back to the plan: bounds check, HAPI's strict parse, mapping. */
    @Benchmark
    public CarePlan fhirImportJson() {
        return FhirImport.read(bundleJson);
    }
}

package org.waymark.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
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
import org.waymark.json.ExamplePlans;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;

/**
 * The cost of strict, hardened reading: {@link PlanJson#read(String)} of the complete example plan
 * (parse, bind to records, structural checks) beside a default Jackson mapper parsing the same text
 * to a tree (the floor: no binding, no checks).
 * <p>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {

    private final ObjectMapper plain = new ObjectMapper();
    private String json;
    private CarePlan plan;

    /** Loads the complete example plan. */
    @Setup
    public void setUp() {
        plan = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
        json = PlanJson.write(plan);
    }

    /** Strict read into the model. */
    @Benchmark
    public CarePlan waymarkRead() {
        return PlanJson.read(json);
    }

    /** Deterministic write of the model. */
    @Benchmark
    public String waymarkWrite() {
        return PlanJson.write(plan);
    }

    /** Baseline: a default Jackson mapper parsing the same text to a tree. */
    @Benchmark
    public JsonNode baselineTreeParse() throws Exception {
        return plain.readTree(json);
    }
}

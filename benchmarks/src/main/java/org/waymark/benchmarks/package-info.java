/**
 * JMH benchmarks of the library's hot paths, each beside a baseline measured in the same run: reading and
 * writing plan JSON ({@link org.waymark.benchmarks.JsonBenchmark}, against a plain tree parse), FINAL
 * validation ({@link org.waymark.benchmarks.ValidationBenchmark}, against Hibernate Validator passes over
 * the same plan), rendering the care plan PDF ({@link org.waymark.benchmarks.PdfBenchmark}, against bare
 * PDFBox and an HTML-to-PDF renderer) and the FHIR mapping ({@link org.waymark.benchmarks.FhirBenchmark}).
 * <p>
 * Quote results as ratios to the baseline or to another build measured in the same run, never as absolute
 * times. Run with {@code java -jar benchmarks/target/benchmarks.jar}.
 * <p>
 * May depend on every module of the library and on the baselines' own libraries; nothing depends on it.
 */
package org.waymark.benchmarks;

package org.waymark.pdf.internal.layout;

import java.nio.file.Files;
import java.nio.file.Path;

import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;

/**
 * Renders a sample document to a file; run in a forked JVM by {@code ForkedRenderTest} (with a
 * small heap) and by hand to look at the output.
 * <p>
 * Arguments: one or more triples of sample name (everything, longtable, longparagraph), paper,
 * output file.
 */
public final class SampleMain {

    private SampleMain() {
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 2 < args.length; i += 3) {
            Files.write(Path.of(args[i + 2]),
                    TestRendering.render(sample(args[i]), Samples.options(Paper.valueOf(args[i + 1]))));
        }
    }

    static LayoutDocument sample(String name) {
        return switch (name) {
            case "everything" -> Samples.everything();
            case "longtable" -> Samples.longTable(200);
            case "longparagraph" -> Samples.longParagraph(5000);
            case "splitrow" -> Samples.splitRow();
            default -> throw new IllegalArgumentException(name);
        };
    }
}

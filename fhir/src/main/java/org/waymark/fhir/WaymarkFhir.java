package org.waymark.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Resource;
import org.waymark.fhir.internal.Names;

/**
 * The shared FHIR R4 context and Waymark's conformance resources.
 * <p>
 * A HAPI {@link FhirContext} is expensive to create (it scans the whole R4 model, about a second
 * and several megabytes): this class creates one, lazily, on first use, and every class of this
 * module shares it. Hosts that already hold an R4 context may keep their own; contexts do not mix
 * resources, so either works with the Bundles this module returns.
 * <p>
 * This class is thread-safe.
 */
public final class WaymarkFhir {

    /** The canonical base of Waymark's StructureDefinitions and CodeSystems. */
    public static final String CANONICAL = Names.CANONICAL;

    /** The class-path folder of the conformance resources, one JSON file each. */
    public static final String RESOURCE_FOLDER = "/org/waymark/fhir/conformance/";

    /** The file that lists the conformance resources, one file name a line. */
    public static final String INDEX = RESOURCE_FOLDER + "index.txt";

    private WaymarkFhir() {
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4Cached();
    }

    /**
     * Returns the shared R4 context, creating it on first use.
     *
     * @return the context, not null
     */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /**
     * Reads Waymark's StructureDefinitions (one per extension) and CodeSystems (one per vocabulary)
     * from the module's resources.
     *
     * @return new resources on each call, in the index's order, not null
     * @throws UncheckedIOException if a resource cannot be read
     */
    public static List<Resource> conformanceResources() {
        List<Resource> list = new ArrayList<>();
        for (String name : read(INDEX).split("\n")) {
            if (!name.isBlank()) {
                list.add((Resource) context().newJsonParser().parseResource(read(RESOURCE_FOLDER + name.strip())));
            }
        }
        return list;
    }

    private static String read(String resource) {
        try (InputStream in = WaymarkFhir.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

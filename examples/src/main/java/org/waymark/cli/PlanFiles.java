package org.waymark.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.waymark.json.PlanFormatException;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;

/** Finds and reads plan files, turning every failure into a one-line reason that names the file and where. */
final class PlanFiles {

    /** A file read, or the reason it could not be. Exactly one of plan and problem is set. */
    record Read(Path file, CarePlan plan, String problem) {
        boolean ok() {
            return plan != null;
        }
    }

    private PlanFiles() {
    }

    /**
     * Lists the entries directly in a folder whose names end in {@code .json} in any case, sorted
     * by name. An entry that is not a regular file is listed too, so that it is reported as
     * unreadable rather than passed over in silence.
     */
    static List<Path> jsonFilesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CliException(Waymark.UNREADABLE, dir + ": not a folder", null);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> OutputNames.isJson(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new CliException(Waymark.UNREADABLE, dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Reads one file. */
    static Read read(Path file) {
        if (Files.isDirectory(file)) {
            return new Read(file, null, "a folder, not a plan file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new Read(file, null, "not a regular file");
        }
        try {
            return new Read(file, PlanJson.read(file), null);
        } catch (PlanFormatException e) {
            return new Read(file, null, e.getMessage());
        } catch (UncheckedIOException e) {
            return new Read(file, null, "cannot read the file: " + e.getCause().getClass().getSimpleName());
        }
    }

    /** Reads files in order. */
    static List<Read> readAll(List<Path> files) {
        List<Read> result = new ArrayList<>();
        files.forEach(f -> result.add(read(f)));
        return result;
    }
}

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

    /** Lists the {@code .json} files directly in a folder, sorted by name. */
    static List<Path> jsonFilesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CliException(Waymark.UNREADABLE, dir + ": not a folder", null);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new CliException(Waymark.UNREADABLE, dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Reads one file. */
    static Read read(Path file) {
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

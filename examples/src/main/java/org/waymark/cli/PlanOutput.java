package org.waymark.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One plan's output folder in {@code batch}: its documents appear together or not at all.
 * <p>
 * The documents are written into a hidden temporary folder beside the output folder, which is then
 * moved into place; a folder from an earlier run is moved aside first and deleted after. A failure
 * at any point leaves no new document visible. A folder is replaced or removed only when it holds
 * nothing but the files this command writes, so a folder of the user's own is never deleted.
 */
final class PlanOutput {

    /** The files of one plan's output folder, in the order they are written. */
    static final List<String> FILES = List.of("care-plan.pdf", "person.pdf", "card.pdf", "validation.txt");

    private final Path folder;

    /**
     * Creates the output of one plan.
     *
     * @param folder the plan's output folder, from {@link OutputNames#inside}
     */
    PlanOutput(Path folder) {
        this.folder = folder;
    }

    /** Returns the plan's output folder. */
    Path folder() {
        return folder;
    }

    /**
     * Writes the documents and moves them into place together, replacing an earlier run's.
     *
     * @param documents the writer of each file, by a name from {@link #FILES}
     * @throws CliException naming the file or folder that could not be written and why
     */
    void publish(Map<String, AtomicFiles.Writer> documents) {
        checkReplaceable();
        Path parent = folder.toAbsolutePath().getParent();
        Path staging;
        try {
            staging = Files.createTempDirectory(parent, "." + folder.getFileName() + ".");
        } catch (IOException e) {
            throw Failures.cannotWrite(folder, e);
        }
        Path aside = null;
        try {
            for (Map.Entry<String, AtomicFiles.Writer> d : documents.entrySet()) {
                try (OutputStream out = Files.newOutputStream(staging.resolve(d.getKey()))) {
                    d.getValue().write(out);
                } catch (IOException e) {
                    throw Failures.cannotWrite(folder.resolve(d.getKey()), e);
                } catch (java.io.UncheckedIOException e) {
                    throw Failures.cannotWrite(folder.resolve(d.getKey()), e.getCause());
                }
            }
            try {
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    aside = parent.resolve(staging.getFileName() + ".old");
                    Files.move(folder, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(staging, folder, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw Failures.cannotWrite(folder, e);
            }
        } finally {
            deleteTree(staging);
            if (aside != null) {
                deleteTree(aside);
            }
        }
    }

    /**
     * Removes an earlier run's outputs of a plan that now fails, so that they do not look current.
     *
     * @return a few words for the message of the failure: what became of the earlier outputs, or
     *     an empty string when there were none
     */
    String removeStale() {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        try {
            checkReplaceable();
        } catch (CliException e) {
            return "; " + folder + " holds files this command did not write and was left alone";
        }
        Path aside = folder.resolveSibling("." + folder.getFileName() + ".stale");
        try {
            Files.move(folder, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return "; its earlier outputs in " + folder + " could not be removed (" + Failures.reason(e)
                    + ") and are out of date";
        }
        deleteTree(aside);
        return "; its earlier outputs in " + folder + " were removed";
    }

    /** Refuses a folder that holds anything this command does not write, or is not a folder. */
    private void checkReplaceable() {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException(Waymark.CANNOT_WRITE, folder + ": cannot write: something other than a folder is in the way", null);
        }
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.forEach(entries::add);
        } catch (IOException e) {
            throw Failures.cannotWrite(folder, e);
        }
        for (Path p : entries) {
            if (!FILES.contains(p.getFileName().toString()) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new CliException(Waymark.CANNOT_WRITE, folder
                        + ": cannot write: the folder holds files this command did not write; move them or choose another --out", null);
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(AtomicFiles::deleteQuietly);
        } catch (IOException e) {
            // left behind: a hidden folder beside the outputs, named after the plan, that nothing reads
        }
        AtomicFiles.deleteQuietly(dir);
    }
}

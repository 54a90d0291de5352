package org.waymark.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader never sees a half-written one: into a temporary sibling, then moved.
 * Every failure names the target (never the temporary file) and the reason, with exit code
 * {@link Waymark#CANNOT_WRITE}.
 */
final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes one file atomically.
     *
     * @param target the file to write
     * @param writer what writes its content
     * @throws CliException naming {@code target} and the reason, when it cannot be written
     */
    static void writeAtomically(Path target, Writer writer) {
        Path dir = target.toAbsolutePath().getParent();
        createFolder(dir);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException(Waymark.CANNOT_WRITE, target + ": cannot write: a folder of that name is in the way", null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            move(temp, target);
        } catch (IOException e) {
            throw Failures.cannotWrite(target, e);
        } catch (java.io.UncheckedIOException e) {
            throw Failures.cannotWrite(target, e.getCause());
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Creates a folder and its parents.
     *
     * @param folder the folder
     * @throws CliException naming the folder and the reason, when it cannot be created
     */
    static void createFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            throw new CliException(Waymark.CANNOT_WRITE, folder + ": cannot write into it: it is a file, not a folder", null);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CliException(Waymark.CANNOT_WRITE, folder + ": cannot create the folder: " + Failures.reason(e), e);
        }
    }

    /** Moves a file or folder into place, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file if there is one, ignoring failures: only for temporary files. */
    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind starts with a dot and ends in .part; nothing reads it
        }
    }
}

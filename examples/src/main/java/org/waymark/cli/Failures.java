package org.waymark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Maps every failure, {@link Error}s included, to a documented exit code and one line for the
 * standard error stream. A stack trace is printed only when the user asks for it with
 * {@code --debug}.
 */
final class Failures {

    /** An exit code and the one line that explains it. */
    record Outcome(int exitCode, String message) {
    }

    private Failures() {
    }

    /**
     * Classifies a failure.
     *
     * @param failure what was thrown
     * @return its exit code and message
     */
    static Outcome classify(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof CliException e) {
            return new Outcome(e.exitCode(), e.getMessage());
        }
        if (t instanceof OutOfMemoryError) {
            return new Outcome(Waymark.OUT_OF_MEMORY, "out of memory; give Java more (e.g. java -Xmx1g -jar waymark.jar …)"
                    + " or use fewer --threads");
        }
        if (t instanceof StackOverflowError) {
            return new Outcome(Waymark.OUT_OF_MEMORY, "out of stack space; give Java more (e.g. java -Xss4m -jar waymark.jar …)");
        }
        if (t instanceof VirtualMachineError) {
            return new Outcome(Waymark.OUT_OF_MEMORY, "the Java virtual machine failed: " + t.getClass().getSimpleName());
        }
        if (t instanceof IOException e) {
            return new Outcome(Waymark.CANNOT_WRITE, "input or output failed: " + reason(e));
        }
        return new Outcome(Waymark.FAILURE, "internal error (" + t.getClass().getSimpleName()
                + "); please report it, with the output of --debug");
    }

    /**
     * Reports a failure in one line, and with its stack trace when debugging.
     *
     * @param failure what was thrown
     * @param err     the standard error stream
     * @param debug   whether to print the stack trace
     * @return the exit code
     */
    static int report(Throwable failure, PrintWriter err, boolean debug) {
        Outcome o = classify(failure);
        err.println("waymark: " + o.message());
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return o.exitCode();
    }

    /**
     * Builds the failure of writing one target file or folder.
     *
     * @param target what was to be written (never a temporary file)
     * @param e      the failure
     * @return the exception to throw, with exit code {@link Waymark#CANNOT_WRITE}
     */
    static CliException cannotWrite(Path target, IOException e) {
        return new CliException(Waymark.CANNOT_WRITE, target + ": cannot write: " + reason(e), e);
    }

    /**
     * Says in a few words why an input or output operation failed, without naming any file:
     * the file the operating system names may be a temporary one, or another than the user meant.
     *
     * @param e the failure
     * @return the reason
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way where a folder is needed";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder is in the way";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        }
        String m = e.getMessage();
        // stream failures carry the operating system's reason ("No space left on device") and no path
        return m != null && m.length() < 200 && m.indexOf('/') < 0 && m.indexOf('\\') < 0 ? m : e.getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof UncheckedIOException || c instanceof java.util.concurrent.ExecutionException
                || c instanceof java.util.concurrent.CompletionException || c instanceof picocli.CommandLine.ExecutionException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}

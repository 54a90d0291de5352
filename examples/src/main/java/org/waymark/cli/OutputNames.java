package org.waymark.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Derives the name of a plan's output folder from the name of its input file, so that the folder
 * always lies directly inside the output folder whatever the input file is called.
 * <p>
 * The result is one path segment that every common file system accepts: letters, digits and
 * combining marks of any script, {@code -}, {@code _} and inner {@code .}; never empty, never
 * {@code .} or {@code ..}, never starting or ending with a dot (so never hidden, and never the
 * name of a temporary folder, which starts with one), never a name Windows reserves ({@code CON},
 * {@code NUL}, {@code COM1}…, with or without an extension), and at most {@value #MAX_BYTES}
 * bytes of UTF-8 (a longer name is cut and given a digest of the whole, so names stay distinct).
 * Every other character becomes {@code _}. Two inputs can still map to one folder (for example
 * {@code a b.json} and {@code a_b.json}, or {@code A.json} and {@code a.json} on a file system
 * that ignores case): {@link #key(String)} says when, so that the caller can refuse the second.
 */
final class OutputNames {

    /** The longest folder name, in bytes of UTF-8: well under the 255 most file systems allow. */
    static final int MAX_BYTES = 120;

    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
            "CONIN$", "CONOUT$");

    private OutputNames() {
    }

    /**
     * Tells whether a file name ends in {@code .json}, in any case.
     *
     * @param fileName the file name
     * @return true for {@code a.json}, {@code a.JSON}, {@code a.Json}
     */
    static boolean isJson(String fileName) {
        return fileName.regionMatches(true, fileName.length() - 5, ".json", 0, 5);
    }

    /**
     * Returns the output folder name for an input file name.
     *
     * @param fileName the input file's name (its last path segment)
     * @return a safe, single-segment folder name
     */
    static String folderFor(String fileName) {
        String base = isJson(fileName) ? fileName.substring(0, fileName.length() - 5) : fileName;
        base = Normalizer.normalize(base, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(base.length());
        base.codePoints().forEach(cp -> b.appendCodePoint(allowed(cp) ? cp : '_'));
        if (b.length() == 0) {
            b.append('_');
        }
        if (b.charAt(0) == '.') {
            b.setCharAt(0, '_');
        }
        if (b.charAt(b.length() - 1) == '.') {
            b.setCharAt(b.length() - 1, '_');
        }
        String name = b.toString();
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            name = shorten(name, fileName);
        }
        return name;
    }

    /**
     * Returns the key under which two folder names collide on a file system that ignores case or
     * normalises Unicode.
     *
     * @param folderName a name from {@link #folderFor}
     * @return the key
     */
    static String key(String folderName) {
        return Normalizer.normalize(folderName, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * Resolves a folder name inside the output folder and checks that it stays there.
     *
     * @param out        the output folder
     * @param folderName a name from {@link #folderFor}
     * @return the folder, directly inside {@code out}
     */
    static Path inside(Path out, String folderName) {
        Path root = out.toAbsolutePath().normalize();
        Path folder = root.resolve(folderName).normalize();
        if (!root.equals(folder.getParent()) || folder.getNameCount() != root.getNameCount() + 1) {
            throw new IllegalStateException("an output folder name left the output folder");
        }
        return out.resolve(folderName);
    }

    private static boolean allowed(int cp) {
        if (cp == '-' || cp == '_' || cp == '.') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    private static String shorten(String name, String original) {
        String digest;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(original.getBytes(StandardCharsets.UTF_8));
            digest = HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        int budget = MAX_BYTES - digest.length() - 1;
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > budget) {
                break;
            }
            b.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        // a cut may end on a dot or separate a base letter from its marks; neither harms a folder name
        if (b.length() > 0 && b.charAt(b.length() - 1) == '.') {
            b.setCharAt(b.length() - 1, '_');
        }
        return b + "-" + digest;
    }
}

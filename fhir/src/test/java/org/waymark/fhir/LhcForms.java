package org.waymark.fhir;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The LHC-Forms form engine (npm package {@code lforms}, from the U.S. National Library of Medicine),
 * unpacked for the browser test: {@code npm pack} fetches the one tarball (no dependency tree, so
 * seconds, and npm's own cache makes a second run local), its SHA-512 is checked against the
 * registry's published integrity, and the files a page needs are unpacked under
 * {@code target/form-engine/lforms}.
 */
final class LhcForms {

    /** The version the test pins. */
    static final String VERSION = "40.1.3";

    /** The registry's {@code dist.integrity} of {@code lforms-40.1.3.tgz}. */
    static final String INTEGRITY =
            "sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==";

    /** The parts of the package a page loads: the web component bundle, its styles, and FHIR R4 support. */
    private static final List<String> NEEDED = List.of("package/dist/lforms/webcomponent/",
            "package/dist/lforms/fhir/R4/lformsFHIR.min.js", "package/LICENSE.md");

    private LhcForms() {
    }

    /**
     * Returns the folder holding {@code webcomponent/} and {@code fhir/}, fetching and unpacking the
     * package first when needed.
     *
     * @param work the test's folder under target
     * @return the {@code lforms} folder
     * @throws IOException if npm is missing or fails, or the tarball is not the one published
     */
    static Path prepare(Path work) throws IOException {
        Path root = work.resolve("lforms-" + VERSION);
        Path ready = root.resolve("ready");
        Path dist = root.resolve("package/dist/lforms");
        if (Files.exists(ready)) {
            return dist;
        }
        Files.createDirectories(root);
        Path tarball = root.resolve("lforms-" + VERSION + ".tgz");
        if (!Files.exists(tarball) || !INTEGRITY.equals(integrity(tarball))) {
            pack(root);
        }
        String actual = integrity(tarball);
        if (!INTEGRITY.equals(actual)) {
            throw new IOException(tarball + " is not the published lforms " + VERSION + ": integrity " + actual);
        }
        untar(tarball, root);
        Files.writeString(ready, INTEGRITY);
        return dist;
    }

    /** Whether {@code npm} is on the PATH. */
    static boolean npmPresent() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, "npm"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pack(Path dir) throws IOException {
        Path log = dir.resolve("npm-pack.log");
        Process p = new ProcessBuilder("npm", "pack", "lforms@" + VERSION, "--pack-destination", dir.toString(),
                "--silent", "--no-audit", "--no-fund").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("npm pack lforms@" + VERSION + " took more than 5 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("npm pack lforms@" + VERSION + " failed (exit " + p.exitValue() + "): "
                    + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
    }

    private static String integrity(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-512"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return "sha512-" + Base64.getEncoder().encodeToString(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-512", e);
        }
    }

    /**
     * Unpacks the needed regular files of a gzipped ustar archive (what npm writes). Names that would
     * leave the folder are refused.
     */
    private static void untar(Path tarball, Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tarball)))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = text(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                long padded = (size + 511) / 512 * 512;
                boolean wanted = (type == '0' || type == 0) && NEEDED.stream().anyMatch(name::startsWith);
                if (wanted) {
                    Path target = dir.resolve(name).normalize();
                    if (!target.startsWith(dir) || name.contains("..")) {
                        throw new IOException("archive entry outside its folder: " + name);
                    }
                    Files.createDirectories(target.getParent());
                    Path part = target.resolveSibling(target.getFileName() + ".part");
                    Files.write(part, in.readNBytes((int) size));
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                    in.skipNBytes(padded - size);
                    written.add(name);
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
        if (written.stream().noneMatch(n -> n.endsWith("webcomponent/lhc-forms.js"))
                || written.stream().noneMatch(n -> n.endsWith("lformsFHIR.min.js"))) {
            throw new IOException(tarball + " lacks lhc-forms.js or lformsFHIR.min.js");
        }
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }
}

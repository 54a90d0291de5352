package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Damaged logo files: a PNG or JPEG with bytes overwritten and the end cut off is either read as a
 * logo or refused with an {@link IllegalArgumentException} that says why; the decoder's own
 * failures never escape, and the message never holds the file's bytes.
 */
class LogoPropertiesTest {

    private static final byte[] PNG = LogoTest.pngWithAlpha();
    private static final byte[] JPEG = LogoTest.jpeg();

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<byte[]> original = Arbitraries.of(PNG, JPEG);
        return Combinators.combine(original, Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 255))
                .as((file, seed, flips, value) -> {
                    byte[] copy = file.clone();
                    java.util.Random random = new java.util.Random(seed);
                    for (int i = 0; i < flips; i++) {
                        // Keep the signature, so the decoder, not the format check, meets the damage.
                        copy[8 + random.nextInt(copy.length - 8)] = (byte) (value + i);
                    }
                    int keep = random.nextInt(4) == 0 ? 8 + random.nextInt(copy.length - 8) : copy.length;
                    return Arrays.copyOf(copy, keep);
                });
    }

    @Property(tries = 400)
    void aDamagedFileIsReadOrRefusedWithAReason(@ForAll("damaged") byte[] file) {
        try {
            Logo logo = Logo.of(file);
            assertThat(logo.widthPixels()).isPositive();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("the logo ").doesNotContain("IHDR").doesNotContain("IDAT");
        }
    }
}

/**
 * Fonts for the PDF writer: TrueType faces parsed once and shared ({@code FontFace},
 * {@code FontFamily}), subsets ready to embed ({@code EmbeddedSubset}), their font descriptors,
 * deterministic compression ({@code Deflate}), and the standard DejaVu Sans families
 * ({@code StandardFonts}). The public font set holds families of this package.
 * <p>
 * Internal: not exported by the module. May depend on: Apache PDFBox and FontBox, and the JDK;
 * on no other package of the library.
 */
package org.waymark.pdf.internal.font;

/**
 * Fonts for the PDF writer: TrueType faces parsed once and shared ({@code FontFace},
 * {@code FontFamily}), subsets ready to embed ({@code EmbeddedSubset}), their font descriptors,
 * deterministic compression ({@code Deflate}), and the bridge that hands the parsed families of a
 * public {@link org.waymark.pdf.FontSet} to the layout code ({@code FontSetAccess}).
 * <p>
 * Internal: not exported by the module. May depend on: {@code org.waymark.pdf} (the font set and
 * {@link org.waymark.pdf.RenderException}), Apache PDFBox and FontBox, and the JDK.
 */
package org.waymark.pdf.internal.font;

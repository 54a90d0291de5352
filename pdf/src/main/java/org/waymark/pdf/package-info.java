/**
 * Archival (PDF/A-2u), accessible (PDF/UA-1) PDF output for Waymark documents.
 * <p>
 * The public surface is deliberately small: {@link org.waymark.pdf.PdfOptions} says how a
 * document is printed (paper, title, date, optional password), {@link org.waymark.pdf.FontSet}
 * says which fonts may set its text, and {@link org.waymark.pdf.RenderException} reports text
 * that cannot be set correctly. No PDFBox type appears in a public signature; the layout engine
 * lives in {@code org.waymark.pdf.internal}, which is not exported and never depends back on this
 * package: the document classes make the layout code's settings from their options, and turn its
 * failures into {@link org.waymark.pdf.RenderException}, in one package-private class.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.validation} (the report printed as
 * an appendix), its own {@code internal.doc}, {@code internal.font} and {@code internal.layout}
 * packages, and the JDK.
 */
package org.waymark.pdf;

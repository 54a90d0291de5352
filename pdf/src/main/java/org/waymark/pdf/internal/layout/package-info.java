/**
 * A small block layout engine on PDFBox: a {@link org.waymark.pdf.internal.layout.LayoutDocument}
 * is a list of {@link org.waymark.pdf.internal.layout.Block}s (headings, paragraphs, lists,
 * tables, check boxes, signature lines…) that {@link org.waymark.pdf.internal.layout.PdfRenderer}
 * paginates and draws as a tagged PDF/A-2u, PDF/UA-1 file.
 * <p>
 * Internal: not exported by the module. Document renderers in {@code org.waymark.pdf} build
 * their documents from these blocks.
 * <p>
 * May depend on: {@code org.waymark.pdf} (options, paper, font set and
 * {@link org.waymark.pdf.RenderException}), {@code org.waymark.pdf.internal.font}, Apache PDFBox, and
 * the JDK. It knows nothing of the care plan model.
 */
package org.waymark.pdf.internal.layout;

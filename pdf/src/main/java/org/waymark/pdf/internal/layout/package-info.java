/**
 * A small block layout engine on PDFBox: a {@link org.waymark.pdf.internal.layout.LayoutDocument}
 * is a list of {@link org.waymark.pdf.internal.layout.Block}s (headings, paragraphs, lists,
 * tables, check boxes, signature lines…) that {@link org.waymark.pdf.internal.layout.PdfRenderer}
 * paginates and draws as a tagged PDF/A-2u, PDF/UA-1 file, as its
 * {@link org.waymark.pdf.internal.layout.RenderSettings} say (page size, date, title, password,
 * fonts, and what the document layouts print at the head of a document). Text that cannot be set
 * is a {@link org.waymark.pdf.internal.layout.RenderFailure}.
 * <p>
 * Internal: not exported by the module. The document layouts in {@code org.waymark.pdf.internal.doc}
 * build their documents from these blocks; the document classes in {@code org.waymark.pdf} make the
 * settings from their options and turn a failure into the public {@code RenderException}.
 * <p>
 * May depend on: {@code org.waymark.pdf.internal.font}, Apache PDFBox, and the JDK; never on
 * {@code org.waymark.pdf}. It knows nothing of the care plan model.
 */
package org.waymark.pdf.internal.layout;

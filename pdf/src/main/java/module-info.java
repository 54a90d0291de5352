/**
 * Waymark PDF: archival (PDF/A-2u) and accessible (PDF/UA-1) documents of care plans, on Apache PDFBox.
 * Only {@code org.waymark.pdf} is API; the layout engine and font handling are internal.
 */
module org.waymark.pdf {
    requires transitive org.waymark.core;
    requires org.waymark.templates;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires org.apache.xmpbox;
    requires java.desktop;

    exports org.waymark.pdf;
}

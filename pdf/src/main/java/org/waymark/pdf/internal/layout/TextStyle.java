package org.waymark.pdf.internal.layout;

/** The style of a run of text. */
public enum TextStyle {
    /** Upright, normal weight. */
    REGULAR,
    /** Bold. */
    BOLD,
    /** Oblique (italic). */
    ITALIC
}

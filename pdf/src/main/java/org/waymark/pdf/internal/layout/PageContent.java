package org.waymark.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.waymark.pdf.internal.layout.StyledText.Run;

/**
 * What the layout put on one page: drawing operations in reading order, with y measured down
 * from the top of the page.
 */
final class PageContent {

    final List<Op> ops = new ArrayList<>();

    /** A drawing operation. */
    sealed interface Op permits TextOp, RuleOp, FillOp, ImageOp {
    }

    /**
     * Lines of text drawn as one marked-content sequence.
     *
     * @param lines  the lines
     * @param ref  the structure element's content reference, or null for an artifact
     * @param gray  the text colour, 0 black
     */
    record TextOp(List<PlacedLine> lines, ContentRef ref, float gray) implements Op {
    }

    /**
     * One line of text at a position.
     *
     * @param x  left edge
     * @param baseline  baseline, down from the top
     * @param size  font size
     * @param runs  the runs
     */
    record PlacedLine(float x, float baseline, float size, List<Run> runs) {
    }

    /**
     * A straight line, drawn as an artifact.
     *
     * @param x1  start x
     * @param y1  start y, down from the top
     * @param x2  end x
     * @param y2  end y
     * @param width  line width
     * @param gray  colour, 0 black
     */
    record RuleOp(float x1, float y1, float x2, float y2, float width, float gray) implements Op {
    }

    /**
     * A filled rectangle, drawn as an artifact.
     *
     * @param x  left
     * @param y  top, down from the top of the page
     * @param w  width
     * @param h  height
     * @param gray  colour
     */
    record FillOp(float x, float y, float w, float h, float gray) implements Op {
    }

    /**
     * An image scaled into a rectangle.
     *
     * @param x  left
     * @param y  top, down from the top of the page
     * @param w  width
     * @param h  height
     * @param image  the image
     * @param ref  the Figure's content reference, or null for an artifact
     */
    record ImageOp(float x, float y, float w, float h, LogoImage image, ContentRef ref) implements Op {
    }
}

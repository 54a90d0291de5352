package org.waymark.pdf.internal.layout;

import java.util.List;

/**
 * Blocks kept on one page: if they do not fit in what is left of the page but fit on a new
 * page, they start a new page. Blocks taller than a page are laid out as usual.
 *
 * @param blocks  the blocks, not null; may not contain page breaks
 */
public record KeepTogether(List<Block> blocks) implements Block {

    /**
     * Creates an instance, checking and copying the components.
     *
     * @param blocks  the blocks, not null; may not contain page breaks
     */
    public KeepTogether {
        blocks = List.copyOf(blocks);
        if (blocks.stream().anyMatch(b -> b instanceof PageBreak)) {
            throw new IllegalArgumentException("a page break cannot be kept together with anything");
        }
    }

    /**
     * Obtains a group.
     *
     * @param blocks  the blocks, not null
     * @return the group, not null
     */
    public static KeepTogether of(Block... blocks) {
        return new KeepTogether(List.of(blocks));
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}

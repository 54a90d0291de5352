package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;

/**
 * Every kind of block is handled by every walk: the visitor has one method per permitted kind,
 * each kind dispatches to its own method, and the layout accepts a document holding every kind.
 */
class BlockDispatchTest {

    private static final Set<Class<?>> KINDS = Set.of(Block.class.getPermittedSubclasses());

    @Test
    void theVisitorHasOneMethodForEachKindOfBlockAndNoOther() {
        List<Method> methods = Arrays.stream(Block.Visitor.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                .collect(Collectors.toList());

        assertThat(methods).allSatisfy(m -> {
            assertThat(m.getName()).isEqualTo("visit");
            assertThat(m.getParameterCount()).isEqualTo(2);
            assertThat(Modifier.isAbstract(m.getModifiers())).as("%s has no default", m).isTrue();
        });
        assertThat(methods.stream().map(m -> m.getParameterTypes()[0]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(KINDS);
        assertThat(methods).hasSameSizeAs(KINDS);
    }

    @Test
    void eachKindDispatchesToItsOwnMethod() throws IOException {
        Map<Class<?>, Block> samples = oneOfEachKind();
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(KINDS);

        for (Block block : samples.values()) {
            Class<?>[] called = new Class<?>[1];
            @SuppressWarnings("unchecked")
            Block.Visitor<String, String> recorder = (Block.Visitor<String, String>) Proxy.newProxyInstance(
                    Block.Visitor.class.getClassLoader(), new Class<?>[] {Block.Visitor.class}, (proxy, method, args) -> {
                        called[0] = method.getParameterTypes()[0];
                        assertThat(args[0]).isSameAs(block);
                        return args[1] + " seen";
                    });

            assertThat(block.accept(recorder, "argument")).isEqualTo("argument seen");
            assertThat(called[0]).isEqualTo(block.getClass());
        }
    }

    @Test
    void aDocumentHoldingEveryKindOfBlockIsLaidOutWithEachKindInIt() throws IOException {
        LayoutDocument.Builder b = Samples.builder().add(Heading.of(1, "Every kind"));
        for (Block block : oneOfEachKind().values()) {
            b.add(block);
        }
        // and once more kept together (the measuring walks), without what a group may not hold
        b.add(KeepTogether.of(oneOfEachKind().values().stream()
                .filter(k -> !(k instanceof PageBreak))
                .toArray(Block[]::new)));

        byte[] pdf = TestRendering.render(b.build(), Samples.options(Paper.A4));

        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Every kind", "A heading", "A paragraph.", "Two", "Crisis line", "Agreed", "Signed", "Kept together",
                "call 999.", "The service");
        assertThat(Pdfs.pageTexts(pdf)).hasSizeGreaterThanOrEqualTo(2);
    }

    private static Map<Class<?>, Block> oneOfEachKind() throws IOException {
        Map<Class<?>, Block> blocks = new LinkedHashMap<>();
        for (Block block : List.of(
                Heading.of(2, "A heading"),
                Paragraph.of("A paragraph."),
                ItemList.bullets("One", "Two"),
                Table.builder("Name", "Number").row("Crisis line", "0800 000 000").build(),
                new Checkbox(Paragraph.of("Agreed"), true),
                new SignatureLine("Signed", "Date"),
                new Spacer(6),
                KeepTogether.of(Paragraph.of("Kept"), Paragraph.of("together")),
                new PageBreak(),
                new Callout(Paragraph.of("If you are in danger now, call 999."), false),
                new WriteIn(2),
                new Picture(LogoImage.decode(png()), 24, "Service logo", Paragraph.of("The service")))) {
            blocks.put(block.getClass(), block);
        }
        return blocks;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

package org.waymark.pdf.internal.layout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.waymark.pdf.internal.font.Deflate;
import org.waymark.pdf.internal.font.EmbeddedSubset;
import org.waymark.pdf.internal.font.FontFace;
import org.waymark.pdf.internal.font.FontFamily;
import org.waymark.pdf.internal.layout.PageContent.FillOp;
import org.waymark.pdf.internal.layout.PageContent.ImageOp;
import org.waymark.pdf.internal.layout.PageContent.Op;
import org.waymark.pdf.internal.layout.PageContent.PlacedLine;
import org.waymark.pdf.internal.layout.PageContent.RuleOp;
import org.waymark.pdf.internal.layout.PageContent.TextOp;

/**
 * Prints a {@link LayoutDocument} as a tagged PDF/A-2u and PDF/UA-1 file.
 * <p>
 * The document is laid out, drawn and written into memory by {@link PdfFileWriter}; the caller
 * copies the bytes to its stream only when they are complete, so on any failure nothing is written.
 * Output is deterministic: the trailer {@code /ID} is a hash of the input, dates come from the
 * settings, and nothing depends on hash iteration order. An encrypted file is the finished file read back into PDFBox and saved
 * with AES-256; it is not deterministic (salts are random) and not PDF/A.
 * <p>
 * This class is stateless and thread-safe; fonts are parsed once per font set, before they reach
 * the {@link RenderSettings}, and shared; subset font programs are shared by documents with the same
 * glyphs, and each document gets its own PDF objects for them.
 */
public final class PdfRenderer {

    private static final float TEXT_GRAY_FURNITURE = 0.35f;
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final byte[] SRGB_DEFLATED = Deflate.bytes(SRGB, SRGB.length, 9);
    /**
     * zlib level for page content streams: the fastest. Level 6 made the care plan's content streams
     * about 5% smaller (the file 86 kB instead of 81 kB) and cost about 1.5 ms of a 9 ms document.
     */
    private static final int CONTENT_LEVEL = 1;
    /**
     * zlib level for the object streams that hold the structure tree, outline and other dictionaries.
     */
    private static final int OBJECT_STREAM_LEVEL = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PdfRenderer() {
    }

    /**
     * Prints a document into a byte array.
     *
     * @param document  the document, not null
     * @param settings  how to print it, not null
     * @return the PDF, not null
     * @throws RenderFailure if the document cannot be printed correctly
     */
    public static byte[] render(LayoutDocument document, RenderSettings settings) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(settings, "settings");
        List<FontFamily> families = settings.fonts();
        Paginator.Result layout = layout(document, settings, families);
        PageGeometry geometry = layout.geometry();
        // The page labels are checked before anything is drawn, like all other text.
        int pageCount = layout.pages().size();
        List<TextBlock> labels = new ArrayList<>(pageCount);
        for (int i = 1; i <= pageCount && layout.furniture() != null; i++) {
            String label = layout.furniture().pageLabel().replace("{page}", Integer.toString(i))
                    .replace("{pages}", Integer.toString(pageCount));
            StyledText st = StyledText.of(label, TextStyle.REGULAR, families, "page label");
            labels.add(new TextBlock(st, LineBreaker.lines(st, Float.MAX_VALUE, geometry.small(), Locale.ROOT),
                    geometry.small()));
        }
        try {
            return write(document, settings, layout, labels);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RenderFailure f) {
                throw f;
            }
            throw RenderFailure.ofOutput("the PDF could not be written", e);
        }
    }

    /**
     * Lays a document out without drawing it, to learn how many pages it takes; renderers use
     * this to fit content to a fixed number of pages, such as a pocket card.
     *
     * @param document  the document, not null
     * @param settings  how it would be printed, not null
     * @return the number of pages, at least 1; for a {@link PageStyle#FOLDED_CARD}, the number of
     *         panels (two to a sheet)
     * @throws RenderFailure if the document's text cannot be set
     */
    public static int pageCount(LayoutDocument document, RenderSettings settings) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(settings, "settings");
        return layout(document, settings, settings.fonts()).panels();
    }

    private static Paginator.Result layout(LayoutDocument document, RenderSettings settings, List<FontFamily> families) {
        PageGeometry geometry = PageGeometry.of(settings.pageSize()).withSizes(document.typeSizes());
        if (document.pageStyle() != PageStyle.STANDARD) {
            geometry = geometry.forCard(document.pageStyle() == PageStyle.FOLDED_CARD);
        }
        return new Paginator(geometry, families, document.locale(), document).layout(document.blocks());
    }

    private static byte[] write(LayoutDocument document, RenderSettings settings, Paginator.Result layout,
            List<TextBlock> labels) throws IOException {
        PageGeometry g = layout.geometry();
        String title = settings.title() != null ? settings.title() : document.title();
        // One deflater for every stream of the document: creating one allocates zlib's tables.
        Deflater deflater = new Deflater(CONTENT_LEVEL);
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            int pageCount = layout.pages().size();
            // First pass: which glyphs of which faces the pages use, to embed each face's subset
            // before the content streams are written with the subsets' glyph numbers.
            Drawer drawer = new Drawer(g);
            for (int i = 0; i < pageCount; i++) {
                drawPage(drawer, layout, i, labels.isEmpty() ? null : labels.get(i));
            }
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.FONT, drawer.embedFonts());
            if (!drawer.images.isEmpty()) {
                resources.setItem(COSName.XOBJECT, drawer.embedImages());
            }
            List<PDPage> pdPages = new ArrayList<>(pageCount);
            for (int i = 0; i < pageCount; i++) {
                // A folded card's geometry is one panel; its sheet holds two side by side.
                float sheetWidth = document.pageStyle() == PageStyle.FOLDED_CARD ? 2 * g.width() : g.width();
                PDPage page = new PDPage(new PDRectangle(sheetWidth, g.height()));
                doc.addPage(page);
                page.setStructParents(i);
                page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
                page.getCOSObject().setItem(COSName.RESOURCES, resources);
                pdPages.add(page);
                drawer.out.reset();
                drawPage(drawer, layout, i, labels.isEmpty() ? null : labels.get(i));
                page.getCOSObject().setItem(COSName.CONTENTS, Deflate.stream(
                        Deflate.bytes(deflater, drawer.out.buffer(), drawer.out.length(), CONTENT_LEVEL)));
            }
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            List<COSDictionary> pageDictionaries = new ArrayList<>(pageCount);
            for (PDPage page : pdPages) {
                pageDictionaries.add(page.getCOSObject());
            }
            StructureObjects structure = new StructureObjects(layout.root(), pageDictionaries);
            catalog.getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, new PdfFileWriter.RawRef(0));
            buildOutline(catalog, layout.outline(), pdPages, g);
            catalog.setLanguage(document.locale().toLanguageTag());
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);

            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            date.setTimeInMillis(settings.created().toEpochMilli());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer(Xmp.PRODUCER);
            info.setCreationDate(date);
            info.setModificationDate(date);
            doc.setDocumentInformation(info);

            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(Xmp.packet(title, document.locale().toLanguageTag(), settings.created(),
                    !settings.isEncrypted()));
            catalog.setMetadata(metadata);

            // The sRGB profile is compressed once per JVM; PDOutputIntent would parse and compress it per document.
            COSDictionary intentDict = new COSDictionary();
            intentDict.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
            intentDict.setItem(COSName.S, COSName.GTS_PDFA1);
            COSStream profile = Deflate.stream(SRGB_DEFLATED);
            profile.setInt(COSName.N, 3);
            intentDict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
            PDOutputIntent intent = new PDOutputIntent(intentDict);
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);

            byte[] id = documentId(document, settings);
            COSArray idArray = new COSArray();
            idArray.add(new COSString(id));
            idArray.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, idArray);

            byte[] file = PdfFileWriter.write(doc.getDocument().getTrailer(), structure, deflater,
                    OBJECT_STREAM_LEVEL);
            return settings.isEncrypted() ? encrypt(file, settings.userPassword()) : file;
        } finally {
            deflater.end();
        }
    }

    /**
     * Encrypts a finished file with AES-256: PDFBox reads it back and writes it again, encrypting
     * every string and stream. Printing and extraction (also for accessibility) are allowed, changes
     * are not; the owner password is random and discarded, and the file identifier is random, so
     * that the encrypted file cannot be linked to the unencrypted one.
     */
    private static byte[] encrypt(byte[] file, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file)) {
            AccessPermission permission = new AccessPermission();
            permission.setCanModify(false);
            permission.setCanModifyAnnotations(false);
            permission.setCanAssembleDocument(false);
            permission.setCanFillInForm(false);
            permission.setCanPrint(true);
            permission.setCanPrintFaithful(true);
            permission.setCanExtractContent(true);
            permission.setCanExtractForAccessibility(true);
            byte[] owner = new byte[24];
            RANDOM.nextBytes(owner);
            // A fresh random /ID: the unencrypted file's is a digest of its content, which would link
            // the two files and let anyone who can guess the content confirm the guess.
            byte[] id = new byte[16];
            RANDOM.nextBytes(id);
            COSArray idArray = new COSArray();
            idArray.add(new COSString(id));
            idArray.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, idArray);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(HexFormat.of().formatHex(owner),
                    userPassword, permission);
            policy.setEncryptionKeyLength(256);
            policy.setPreferAES(true);
            doc.protect(policy);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(file.length + file.length / 4);
            doc.save(buffer);
            return buffer.toByteArray();
        }
    }

    private static void drawPage(Drawer d, Paginator.Result layout, int pageIndex, TextBlock label) {
        d.beginPage();
        int[] mcid = {0};
        for (Op op : layout.pages().get(pageIndex).ops) {
            draw(d, op, mcid);
        }
        if (layout.furniture() != null) {
            drawFurniture(d, layout.furniture(), label);
        }
        d.endPage();
    }

    /**
     * Draws pages into content streams. It runs twice per document: first only collecting the
     * glyphs each face draws, then, with each face's subset embedded, writing the operators.
     * <p>
     * The operators are kept short, because every byte is compressed: colour, line width and font
     * are set only when they change on the page; each marked-content sequence of text is one text
     * object whose lines move relative to each other; runs of decoration share one artifact
     * sequence; and positions have two decimals (a 280th of a millimetre), with moves computed from
     * the rounded positions so that rounding never accumulates.
     */
    private static final class Drawer {
        final PageGeometry g;
        final ContentWriter out = new ContentWriter();
        boolean collecting = true;
        final Map<FontFace, BitSet> glyphs = new IdentityHashMap<>();
        final List<FontFace> faces = new ArrayList<>();
        /** The images drawn, in order of first use; image i is the resource "Im" + (i + 1). */
        final List<LogoImage> images = new ArrayList<>();
        /** Per face in {@link #faces} order: its resource name and subset. */
        String[] names;
        EmbeddedSubset[] subsets;
        // Graphics state of the page being written.
        float fillGray;
        float strokeGray;
        float lineWidth;
        int fontIndex;
        float fontSize;
        boolean inArtifact;

        Drawer(PageGeometry g) {
            this.g = g;
        }

        /** Embeds each face's subset and returns the font resources; ends the collecting pass. */
        COSDictionary embedFonts() throws IOException {
            COSDictionary fonts = new COSDictionary();
            names = new String[faces.size()];
            subsets = new EmbeddedSubset[faces.size()];
            for (int i = 0; i < faces.size(); i++) {
                FontFace face = faces.get(i);
                EmbeddedSubset subset = face.embed(glyphs.get(face));
                names[i] = "F" + (i + 1);
                subsets[i] = subset;
                fonts.setItem(COSName.getPDFName(names[i]), subset.createFont());
            }
            collecting = false;
            return fonts;
        }

        /** Creates each image's XObject and returns the XObject resources. */
        COSDictionary embedImages() throws IOException {
            COSDictionary xobjects = new COSDictionary();
            for (int i = 0; i < images.size(); i++) {
                xobjects.setItem(COSName.getPDFName("Im" + (i + 1)), images.get(i).toXObject());
            }
            return xobjects;
        }

        void image(LogoImage image, float x, float y, float w, float h) {
            int index = -1;
            for (int i = 0; i < images.size(); i++) {
                if (images.get(i) == image) {
                    index = i;
                }
            }
            if (collecting) {
                if (index < 0) {
                    images.add(image);
                }
                return;
            }
            out.op("q");
            out.hundredths(hundredths(w)).num(0).num(0).hundredths(hundredths(h))
                    .hundredths(hundredths(x)).hundredths(hundredths(g.height() - y - h)).op("cm");
            out.text("/Im").text(Integer.toString(index + 1)).op(" Do");
            out.op("Q");
        }

        void beginPage() {
            fillGray = 0;
            strokeGray = 0;
            lineWidth = 1;
            fontIndex = -1;
            fontSize = -1;
            inArtifact = false;
        }

        void endPage() {
            endArtifact();
        }

        void collect(StyledText.Run run) {
            FontFace face = run.face();
            BitSet set = glyphs.get(face);
            if (set == null) {
                set = new BitSet();
                glyphs.put(face, set);
                faces.add(face);
            }
            for (int glyph : run.glyphs()) {
                set.set(glyph);
            }
        }

        private int faceIndex(FontFace face) {
            for (int i = 0; i < faces.size(); i++) {
                if (faces.get(i) == face) {
                    return i;
                }
            }
            throw new IllegalStateException("face was not collected");
        }

        void text(List<PlacedLine> lines, float gray) {
            if (collecting) {
                for (PlacedLine line : lines) {
                    for (StyledText.Run run : line.runs()) {
                        collect(run);
                    }
                }
                return;
            }
            fill(gray);
            boolean open = false;
            long x = 0;
            long y = 0;
            for (PlacedLine line : lines) {
                if (line.runs().isEmpty()) {
                    continue;
                }
                long lx = hundredths(line.x());
                long ly = hundredths(g.height() - line.baseline());
                if (!open) {
                    out.op("BT");
                    open = true;
                }
                out.hundredths(lx - x).hundredths(ly - y).op("Td");
                x = lx;
                y = ly;
                for (StyledText.Run run : line.runs()) {
                    int index = faceIndex(run.face());
                    if (index != fontIndex || line.size() != fontSize) {
                        out.text("/").text(names[index]).text(" ").num(line.size()).op("Tf");
                        fontIndex = index;
                        fontSize = line.size();
                    }
                    EmbeddedSubset subset = subsets[index];
                    out.beginString();
                    for (int glyph : run.glyphs()) {
                        out.code(subset.cid(glyph));
                    }
                    out.endString();
                    out.op("Tj");
                }
            }
            if (open) {
                out.op("ET");
            }
        }

        private void fill(float gray) {
            if (gray != fillGray) {
                out.num(gray).op("g");
                fillGray = gray;
            }
        }

        private void stroke(float gray, float width) {
            if (gray != strokeGray) {
                out.num(gray).op("G");
                strokeGray = gray;
            }
            if (width != lineWidth) {
                out.num(width).op("w");
                lineWidth = width;
            }
        }

        void beginTagged(String type, int mcid) {
            if (!collecting) {
                endArtifact();
                out.text("/").text(type).text("<</MCID ").operand(mcid).op(">>BDC");
            }
        }

        void endTagged() {
            if (!collecting) {
                out.op("EMC");
            }
        }

        /** Starts decoration, continuing the artifact sequence the previous decoration opened. */
        void beginArtifact() {
            if (!collecting && !inArtifact) {
                out.op("/Artifact BMC");
                inArtifact = true;
            }
        }

        private void endArtifact() {
            if (!collecting && inArtifact) {
                out.op("EMC");
                inArtifact = false;
            }
        }

        void line(float x1, float y1, float x2, float y2, float width, float gray) {
            if (!collecting) {
                stroke(gray, width);
                out.hundredths(hundredths(x1)).hundredths(hundredths(g.height() - y1)).op("m");
                out.hundredths(hundredths(x2)).hundredths(hundredths(g.height() - y2)).op("l");
                out.op("S");
            }
        }

        void fill(float x, float y, float w, float h, float gray) {
            if (!collecting) {
                fill(gray);
                out.hundredths(hundredths(x)).hundredths(hundredths(g.height() - y - h))
                        .hundredths(hundredths(w)).hundredths(hundredths(h)).op("re");
                out.op("f");
            }
        }

        private static long hundredths(float v) {
            return Math.round((double) v * 100d);
        }
    }

    private static void draw(Drawer d, Op op, int[] mcid) {
        if (op instanceof TextOp t) {
            if (t.ref() != null) {
                t.ref().mcid = mcid[0]++;
                d.beginTagged(t.ref().owner.type, t.ref().mcid);
                d.text(t.lines(), t.gray());
                d.endTagged();
            } else {
                d.beginArtifact();
                d.text(t.lines(), t.gray());
            }
        } else if (op instanceof RuleOp r) {
            d.beginArtifact();
            d.line(r.x1(), r.y1(), r.x2(), r.y2(), r.width(), r.gray());
        } else if (op instanceof FillOp f) {
            d.beginArtifact();
            d.fill(f.x(), f.y(), f.w(), f.h(), f.gray());
        } else if (op instanceof ImageOp i) {
            if (i.ref() != null) {
                i.ref().mcid = mcid[0]++;
                d.beginTagged(i.ref().owner.type, i.ref().mcid);
                d.image(i.image(), i.x(), i.y(), i.w(), i.h());
                d.endTagged();
            } else {
                d.beginArtifact();
                d.image(i.image(), i.x(), i.y(), i.w(), i.h());
            }
        }
    }

    private static void drawFurniture(Drawer d, Paginator.Furniture furniture, TextBlock label) {
        PageGeometry g = d.g;
        float small = g.small();
        float lh = small * PageGeometry.LEADING;
        float left = g.marginX();
        float right = g.width() - g.marginX();
        if (furniture.header() != null) {
            TextBlock h = furniture.header();
            drawArtifactLines(d, h, left, furniture.headerBaseline());
            float ruleY = furniture.headerBaseline() + (h.lines().size() - 1) * lh + small * 0.6f;
            rule(d, left, right, ruleY);
        }
        rule(d, left, right, furniture.footerRule());
        if (furniture.footer() != null) {
            drawArtifactLines(d, furniture.footer(), left, furniture.footerBaseline());
        }
        float labelWidth = label.maxWidth();
        drawArtifactLines(d, label, right - labelWidth, furniture.footerBaseline());
    }

    private static void drawArtifactLines(Drawer d, TextBlock tb, float x, float firstBaseline) {
        List<PlacedLine> placed = new ArrayList<>();
        float lh = tb.lineHeight();
        for (int i = 0; i < tb.lines().size(); i++) {
            LineBreaker.Line line = tb.lines().get(i);
            placed.add(new PlacedLine(x, firstBaseline + i * lh, tb.size(),
                    tb.text().runs(line.start(), line.end(), tb.size())));
        }
        d.beginArtifact();
        d.text(placed, TEXT_GRAY_FURNITURE);
    }

    private static void rule(Drawer d, float x1, float x2, float y) {
        d.beginArtifact();
        d.line(x1, y, x2, y, 0.5f, 0.6f);
    }

    // ---- outline ----

    private static void buildOutline(PDDocumentCatalog catalog, List<Paginator.OutlineEntry> entries,
            List<PDPage> pages, PageGeometry g) {
        if (entries.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        int topLevel = entries.stream().mapToInt(Paginator.OutlineEntry::level).min().orElse(2);
        PDOutlineItem parent = null;
        for (Paginator.OutlineEntry e : entries) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(java.text.Normalizer.normalize(e.text(), java.text.Normalizer.Form.NFC));
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(pages.get(e.pageIndex()));
            destination.setLeft(0);
            destination.setTop(Math.round(g.height() - e.y() + g.h2()));
            destination.setZoom(-1);
            item.setDestination(destination);
            if (e.level() == topLevel || parent == null) {
                outline.addLast(item);
                parent = item;
            } else {
                parent.addLast(item);
            }
        }
        outline.openNode();
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    // ---- determinism ----

    /**
     * Feeds everything that decides the output into the digest: settings and every block's text
     * and attributes, tagged by kind so that different structures cannot collide. (The records'
     * own toString would do, but builds one large string per document.)
     */
    private static void digestDocument(MessageDigest md, LayoutDocument d) {
        digest(md, "doc", d.title(), d.locale().toLanguageTag(), d.runningHeader(), d.footerNotice(), d.pageLabel(),
                String.valueOf(d.typeSizes()), Integer.toString(d.outlineDepth()), d.pageStyle().name(), d.watermark());
        digestBlocks(md, d.blocks());
    }

    private static void digestBlocks(MessageDigest md, List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                digest(md, "H", Integer.toString(h.level()), h.text(), h.sectionId());
            } else if (b instanceof Paragraph p) {
                digestParagraph(md, "P", p);
            } else if (b instanceof ItemList l) {
                digest(md, "L", l.kind().name());
                l.items().forEach(i -> digestParagraph(md, "LI", i));
            } else if (b instanceof Table t) {
                digest(md, "T");
                t.columns().forEach(c -> digest(md, "TH", c.header(), Float.toString(c.weight())));
                for (List<Paragraph> row : t.rows()) {
                    digest(md, "TR");
                    row.forEach(c -> digestParagraph(md, "TD", c));
                }
            } else if (b instanceof Checkbox c) {
                digestParagraph(md, c.checked() ? "CX" : "C", c.label());
            } else if (b instanceof SignatureLine s) {
                digest(md, "S", s.caption(), s.dateCaption());
            } else if (b instanceof Spacer s) {
                digest(md, "SP", Float.toString(s.points()));
            } else if (b instanceof KeepTogether k) {
                digest(md, "K");
                digestBlocks(md, k.blocks());
                digest(md, "/K");
            } else if (b instanceof PageBreak) {
                digest(md, "PB");
            } else if (b instanceof Callout c) {
                digestParagraph(md, c.large() ? "CL" : "CO", c.text());
            } else if (b instanceof WriteIn wi) {
                digest(md, "W", Integer.toString(wi.lines()));
            } else if (b instanceof Picture p) {
                digest(md, "IMG", HexFormat.of().formatHex(p.image().digest()), Float.toString(p.height()), p.alt());
                if (p.beside() != null) {
                    digestParagraph(md, "IMGP", p.beside());
                }
            }
        }
    }

    private static void digestParagraph(MessageDigest md, String kind, Paragraph p) {
        digest(md, kind);
        for (Span s : p.spans()) {
            digest(md, s.style().name(), s.whole() ? "whole" : "", s.text());
        }
    }

    private static void digest(MessageDigest md, String... parts) {
        for (String part : parts) {
            if (part == null) {
                md.update((byte) 0);
            } else {
                md.update((byte) 1);
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
        }
    }

    private static byte[] documentId(LayoutDocument document, RenderSettings settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            digestDocument(md, document);
            md.update((settings.pageSize() + "|" + settings.created() + "|" + settings.title() + "|"
                    + settings.fonts().stream().map(FontFamily::name).toList()).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

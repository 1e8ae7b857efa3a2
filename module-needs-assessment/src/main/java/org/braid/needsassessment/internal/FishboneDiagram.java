package org.braid.needsassessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a fishbone (Tool D) and draws it as SVG: the problem in a box at the head, a spine, the
 * categories as bones alternating above and below it, and each category's causes along its bone.
 * Every text is escaped; characters XML cannot hold are dropped.
 */
final class FishboneDiagram {
    static final int MARGIN = 20, COLUMN = 280, SLANT = 40, HEAD_WIDTH = 240, LINE = 15;
    static final int CAUSE_CHARS = 32, HEAD_CHARS = 30, MAX_LINES = 3;

    /** A cause's label: its lines, where they start (right end, text runs leftwards) and the point on the bone. */
    record CauseLabel(String text, List<String> lines, int x, int y, int boneX) {}

    /** A bone: the category, where it meets the spine, its outer end and its causes. */
    record Bone(String name, boolean above, int baseX, int endX, int endY, List<CauseLabel> causes) {}

    /** The whole drawing. */
    record Layout(int width, int height, int spineY, int spineEnd, List<String> head, int headY, int headHeight, List<Bone> bones) {}

    private FishboneDiagram() {
    }

    static Layout layout(Fishbone f) {
        List<Fishbone.Category> cats = Part.orEmpty(f.categories());
        int columns = Math.max(1, (cats.size() + 1) / 2);
        int above = 60, below = 60;
        for (int i = 0; i < cats.size(); i++) {
            int h = boneLength(cats.get(i));
            if (i % 2 == 0) above = Math.max(above, h);
            else below = Math.max(below, h);
        }
        List<String> head = wrap(f.problem(), HEAD_CHARS, 8);
        int headHeight = head.size() * LINE + 20;
        int spineY = MARGIN + 24 + Math.max(above, headHeight / 2);
        int height = spineY + Math.max(below, headHeight / 2) + 24 + MARGIN;
        int spineEnd = MARGIN + columns * COLUMN;
        List<Bone> bones = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            Fishbone.Category c = cats.get(i);
            boolean up = i % 2 == 0;
            int baseX = MARGIN + (i / 2 + 1) * COLUMN - 20;
            int length = up ? above : below;
            int endX = baseX - SLANT, endY = up ? spineY - length : spineY + length;
            List<CauseLabel> labels = new ArrayList<>();
            int offset = 30;
            for (String cause : Part.orEmpty(c.causes())) {
                List<String> lines = wrap(cause, CAUSE_CHARS, MAX_LINES);
                int y = up ? spineY - offset : spineY + offset;
                int boneX = baseX - SLANT * offset / length;
                labels.add(new CauseLabel(cause, lines, boneX - 14, y, boneX));
                offset += lines.size() * LINE + 8;
            }
            bones.add(new Bone(c.name(), up, baseX, endX, endY, labels));
        }
        return new Layout(spineEnd + HEAD_WIDTH + MARGIN, height, spineY, spineEnd, head, spineY - headHeight / 2, headHeight, bones);
    }

    /** @return the length a bone needs for its causes */
    static int boneLength(Fishbone.Category c) {
        int h = 30;
        for (String cause : Part.orEmpty(c.causes())) h += wrap(cause, CAUSE_CHARS, MAX_LINES).size() * LINE + 8;
        return Math.max(60, h + 10);
    }

    static String svg(Fishbone f) {
        Layout l = layout(f);
        StringBuilder s = new StringBuilder(4096);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n", l.width(), l.height(), l.width(), l.height()));
        s.append("<title>Fishbone: ").append(escape(f.problem())).append("</title>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        line(s, MARGIN, l.spineY(), l.spineEnd(), l.spineY(), 3);
        s.append(String.format(Locale.ROOT, "<rect class=\"problem\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f2f2f2\" stroke=\"#000000\"/>\n",
                l.spineEnd(), l.headY(), HEAD_WIDTH, l.headHeight()));
        text(s, "problem", l.spineEnd() + 10, l.headY() + 10 + 12, "start", "bold", l.head());
        for (Bone b : l.bones()) {
            line(s, b.baseX(), l.spineY(), b.endX(), b.endY(), 2);
            int labelY = b.above() ? b.endY() - 8 : b.endY() + 16;
            text(s, "category", b.endX(), labelY, "middle", "bold", List.of(shorten(b.name(), 40)));
            for (CauseLabel c : b.causes()) {
                line(s, c.boneX() - 10, c.y(), c.boneX(), c.y(), 1);
                int first = b.above() ? c.y() - (c.lines().size() - 1) * LINE + 4 : c.y() + 4;
                // the whole cause in a title, even where the label is cut short
                s.append("<g class=\"cause\"><title>").append(escape(c.text())).append("</title>\n");
                text(s, "cause", c.x(), first, "end", null, c.lines());
                s.append("</g>\n");
            }
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static void line(StringBuilder s, int x1, int y1, int x2, int y2, int width) {
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000000\" stroke-width=\"%d\"/>\n", x1, y1, x2, y2, width));
    }

    private static void text(StringBuilder s, String cls, int x, int y, String anchor, String weight, List<String> lines) {
        s.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"%s\"%s>", cls, x, y, anchor,
                weight == null ? "" : " font-weight=\"" + weight + "\""));
        for (int i = 0; i < lines.size(); i++) {
            s.append(String.format(Locale.ROOT, "<tspan x=\"%d\" dy=\"%d\">", x, i == 0 ? 0 : LINE)).append(escape(lines.get(i))).append("</tspan>");
        }
        s.append("</text>\n");
    }

    /** @return the text word-wrapped to lines of at most {@code width} characters; the last kept line ends in … when cut */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : (text == null ? "" : text.strip()).split("\\s+")) {
            while (word.length() > width) {
                if (cur.length() > 0) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (cur.length() > 0 && cur.length() + 1 + word.length() > width) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) cur.append(' ');
            cur.append(word);
        }
        if (cur.length() > 0 || lines.isEmpty()) lines.add(cur.toString());
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, shorten(cut.get(maxLines - 1) + " …", width));
            return cut;
        }
        return lines;
    }

    private static String shorten(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** @return the text safe inside an XML element or attribute: markup characters escaped, characters XML 1.0 forbids dropped */
    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    if (allowed) out.appendCodePoint(cp);
                }
            }
        });
        return out.toString();
    }
}

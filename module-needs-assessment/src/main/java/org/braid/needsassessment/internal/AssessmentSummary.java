package org.braid.needsassessment.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A needs assessment as a printable PDF summary: data reviewed, trends, SWOT, 5 Whys, fishbones, root
 * causes with seed 000's checks, and the priority areas.
 */
final class AssessmentSummary {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final BaseFont BODY_BASE = BODY.getCalculatedBaseFont(false);
    private static final BaseFont BOLD_BASE = BOLD.getCalculatedBaseFont(false);

    private AssessmentSummary() {
    }

    static byte[] pdf(Assessment a, String orgName, List<StoredPart> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("Needs assessment " + clean(orgName) + " " + a.schoolYear());
            doc.open();
            doc.add(new Paragraph("Needs assessment: " + clean(orgName), TITLE));
            doc.add(new Paragraph("School year " + a.schoolYear() + " · " + (a.scope() == Scope.SEGMENTED
                    ? "segmented: " + clean(a.focus()) : "comprehensive"), BODY));

            section(doc, "Data reviewed", List.of("Element", "Notes", "Evidence"), parts, Kind.DATA_REVIEW, p -> {
                DataReview d = (DataReview) p;
                return List.of(d.element(), clean(d.notes()), String.join("\n", Part.orEmpty(d.evidence())));
            });
            section(doc, "Performance trends", List.of("Trend", "Kind", "Data"), parts, Kind.TREND, p -> {
                Trend t = (Trend) p;
                StringBuilder data = new StringBuilder();
                for (Trend.DataPoint d : Part.orEmpty(t.data())) data.append(clean(d.year())).append(": ").append(number(d.value())).append('\n');
                return List.of(clean(t.statement()), t.kind().name().toLowerCase(), data.toString().strip());
            });
            section(doc, "Strengths, weaknesses, opportunities, threats", List.of("Kind", "Item", "Evidence"), parts, Kind.SWOT, p -> {
                SwotItem s = (SwotItem) p;
                return List.of(s.kind().name().toLowerCase(), clean(s.text()), clean(s.evidence()));
            });
            section(doc, "5 Whys", List.of("Problem", "Why?", "Root cause reached"), parts, Kind.WHY_CHAIN, p -> {
                WhyChain w = (WhyChain) p;
                StringBuilder whys = new StringBuilder();
                List<String> answers = Part.orEmpty(w.whys());
                for (int i = 0; i < answers.size(); i++) whys.append(i + 1).append(". ").append(clean(answers.get(i))).append('\n');
                return List.of(clean(w.problem()), whys.toString().strip(), clean(w.rootCause()));
            });
            section(doc, "Fishbones", List.of("Problem", "Category", "Causes"), parts, Kind.FISHBONE, p -> {
                Fishbone f = (Fishbone) p;
                StringBuilder cats = new StringBuilder(), causes = new StringBuilder();
                for (Fishbone.Category c : Part.orEmpty(f.categories())) {
                    cats.append(clean(c.name())).append('\n');
                    causes.append(clean(c.name())).append(": ").append(clean(String.join("; ", Part.orEmpty(c.causes())))).append('\n');
                }
                return List.of(clean(f.problem()), cats.toString().strip(), causes.toString().strip());
            });
            for (StoredPart p : parts) if (p.kind() == Kind.FISHBONE) drawing(doc, writer, (Fishbone) AssessmentStore.typed(p));
            section(doc, "Root causes", List.of("Root cause", "In our control?", "Systemic?", "Breakdown at"), parts, Kind.ROOT_CAUSE, p -> {
                RootCause r = (RootCause) p;
                return List.of(clean(r.text()), answer(r.controllable()), answer(r.systemic()), r.level() == null ? "" : r.level().name().toLowerCase());
            });
            section(doc, "Priority areas", List.of("Priority area", "Root causes addressed"), parts, Kind.PRIORITY_AREA, p -> {
                PriorityArea area = (PriorityArea) p;
                StringBuilder causes = new StringBuilder();
                for (String id : Part.orEmpty(area.rootCauseIds())) {
                    for (StoredPart s : parts) if (s.id().equals(id)) causes.append(clean(((RootCause) AssessmentStore.typed(s)).text())).append('\n');
                }
                return List.of(clean(area.title()), causes.toString().strip());
            });
            long areas = parts.stream().filter(p -> p.kind() == Kind.PRIORITY_AREA).count();
            if (areas > AssessmentView.FOCUS) {
                doc.add(new Paragraph(areas + " priority areas: focus on a few (at most " + AssessmentView.FOCUS + ").", BOLD));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF summary could not be written", e);
        }
        return out.toByteArray();
    }

    /** Draws a fishbone as FishboneDiagram lays it out, scaled to the page width. */
    private static void drawing(Document doc, PdfWriter writer, Fishbone f) throws DocumentException {
        FishboneDiagram.Layout l = FishboneDiagram.layout(f);
        PdfTemplate t = writer.getDirectContent().createTemplate(l.width(), l.height());
        float h = l.height();
        t.setLineWidth(2.5f);
        t.moveTo(FishboneDiagram.MARGIN, h - l.spineY());
        t.lineTo(l.spineEnd(), h - l.spineY());
        t.stroke();
        t.setLineWidth(1f);
        t.rectangle(l.spineEnd(), h - l.headY() - l.headHeight(), FishboneDiagram.HEAD_WIDTH, l.headHeight());
        t.stroke();
        for (FishboneDiagram.Bone b : l.bones()) {
            t.setLineWidth(1.5f);
            t.moveTo(b.baseX(), h - l.spineY());
            t.lineTo(b.endX(), h - b.endY());
            t.stroke();
            t.setLineWidth(0.5f);
            for (FishboneDiagram.CauseLabel c : b.causes()) {
                t.moveTo(c.boneX() - 10, h - c.y());
                t.lineTo(c.boneX(), h - c.y());
                t.stroke();
            }
        }
        t.beginText();
        t.setFontAndSize(BOLD_BASE, 11);
        List<String> head = l.head();
        for (int i = 0; i < head.size(); i++) {
            t.showTextAligned(Element.ALIGN_LEFT, clean(head.get(i)), l.spineEnd() + 10, h - (l.headY() + 22 + i * FishboneDiagram.LINE), 0);
        }
        for (FishboneDiagram.Bone b : l.bones()) {
            t.setFontAndSize(BOLD_BASE, 11);
            t.showTextAligned(Element.ALIGN_CENTER, clean(b.name()), b.endX(), h - (b.above() ? b.endY() - 8 : b.endY() + 16), 0);
            t.setFontAndSize(BODY_BASE, 10);
            for (FishboneDiagram.CauseLabel c : b.causes()) {
                int first = b.above() ? c.y() - (c.lines().size() - 1) * FishboneDiagram.LINE + 4 : c.y() + 4;
                for (int i = 0; i < c.lines().size(); i++) {
                    t.showTextAligned(Element.ALIGN_RIGHT, clean(c.lines().get(i)), c.x(), h - (first + i * FishboneDiagram.LINE), 0);
                }
            }
        }
        t.endText();
        Image image = Image.getInstance(t);
        image.scaleToFit(doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin(), 400);
        image.setSpacingBefore(8);
        doc.add(image);
    }

    /** One row of a section's table, from one part. */
    private interface Row {
        List<String> cells(Part p);
    }

    private static void section(Document doc, String title, List<String> header, List<StoredPart> parts, Kind kind, Row row) throws DocumentException {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        doc.add(heading);
        List<StoredPart> mine = parts.stream().filter(p -> p.kind() == kind).toList();
        if (mine.isEmpty()) {
            doc.add(new Paragraph("None recorded.", BODY));
            return;
        }
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setBackgroundColor(new Color(230, 230, 230));
            table.addCell(cell);
        }
        for (StoredPart p : mine) {
            for (String c : row.cells(AssessmentStore.typed(p))) {
                PdfPCell cell = new PdfPCell(new Phrase(c == null ? "" : c, BODY));
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(cell);
            }
        }
        doc.add(table);
        doc.add(Chunk.NEWLINE);
    }

    private static String answer(Boolean b) {
        return b == null ? "not yet answered" : b ? "yes" : "no";
    }

    private static String number(Double d) {
        if (d == null) return "";
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    /** @return the text without control characters, which a PDF text cannot show */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') out.append(' ');
            else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.SURROGATE && Character.getType(cp) != Character.FORMAT) out.appendCodePoint(cp);
        });
        return out.toString();
    }
}

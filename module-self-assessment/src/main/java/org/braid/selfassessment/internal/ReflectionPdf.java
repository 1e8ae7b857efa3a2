package org.braid.selfassessment.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A district's self-reflection results as a printable PDF: per practice and element the consensus with its evidence
 * and notes, and the team's tally (never a single rating).
 */
final class ReflectionPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private ReflectionPdf() {
    }

    static byte[] pdf(ReflectionView v, String orgName, Rubric rubric) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("LEA self-reflection " + orgName + " " + v.schoolYear());
            doc.open();
            doc.add(new Paragraph("LEA self-reflection: " + orgName, TITLE));
            doc.add(new Paragraph("School year " + v.schoolYear() + " · round " + (Reflection.OPEN.equals(v.status()) ? "open" : "closed") + " · consensus on "
                    + v.agreed() + " of " + v.elements().size() + " elements · team of " + v.team().size(), BODY));
            doc.add(new Paragraph("Tool C, LEA Self-Reflection to Support School Improvement (CCSSO 2017), based on the Four Domains for Rapid School "
                    + "Improvement (The Center on School Turnaround at WestEd, 2017). Ratings: how many members chose each level; flagged: the ratings "
                    + "lie two levels or more apart.", BODY));
            for (Rubric.Practice p : rubric.practices()) {
                doc.add(new Paragraph(p.code() + " " + p.name() + " (" + p.domain() + ")", HEADING));
                PdfPTable table = new PdfPTable(new float[] {1f, 5f, 2.2f, 2f, 4f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                table.setHeaderRows(1);
                for (String h : List.of("Element", "Description", "Consensus", "Ratings 1/2/3/4 (median)", "Evidence and notes")) table.addCell(cell(h, BOLD));
                for (ReflectionView.ElementResult e : v.elements()) {
                    if (!e.practice().equals(p.code())) continue;
                    table.addCell(cell(e.code(), BODY));
                    table.addCell(cell(rubric.element(e.code()).text(), BODY));
                    table.addCell(cell(e.consensus() == null ? "none yet" : e.consensus().level() + " " + rubric.levelName(e.consensus().level()), BODY));
                    Tally t = e.ratings();
                    table.addCell(cell(t.count() == 0 ? "no ratings" : String.join("/", t.distribution().stream().map(String::valueOf).toList())
                            + " (" + median(t.median()) + ")" + (e.flagged() ? " flagged" : ""), BODY));
                    table.addCell(cell(e.consensus() == null ? "" : evidenceAndNotes(e.consensus()), BODY));
                }
                doc.add(table);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the self-reflection PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** The evidence the team agreed on, then the notes of its discussion. */
    static String evidenceAndNotes(Consensus c) {
        List<String> parts = new java.util.ArrayList<>();
        if (c.evidence() != null && !c.evidence().isBlank()) parts.add("Evidence: " + c.evidence().strip());
        if (c.notes() != null && !c.notes().isBlank()) parts.add("Notes: " + c.notes().strip());
        return String.join("\n", parts);
    }

    private static String median(Double m) {
        return m == null ? "-" : m % 1 == 0 ? String.valueOf(m.intValue()) : String.valueOf(m);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(3);
        return c;
    }
}

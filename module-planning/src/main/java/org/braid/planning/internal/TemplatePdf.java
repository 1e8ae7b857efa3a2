package org.braid.planning.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.braid.planning.api.TemplateSection;

/** A required plan drawn from a plan, printed in its sections' order, with the components each section still lacks. */
final class TemplatePdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font MISSING = new Font(Font.HELVETICA, 9, Font.NORMAL, new Color(150, 30, 30));

    private TemplatePdf() {
    }

    static byte[] write(Templates.Rendered r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
        com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.addTitle(r.title() + " " + r.orgName() + " " + r.schoolYear());
        doc.addCreator("Braid");
        doc.open();
        doc.add(new Paragraph(r.title() + ": " + r.orgName(), TITLE));
        doc.add(new Paragraph("School year " + r.schoolYear() + " - " + Math.round(r.completeness() * 100) + "% complete, "
                + r.missing() + " component(s) missing", BODY));
        if (r.source() != null) {
            doc.add(new Paragraph("Source: " + r.source().title() + ", " + r.source().section() + " (" + r.source().publisher() + ", "
                    + r.source().year() + ")", SMALL));
        }
        for (TemplateSection s : r.sections()) {
            Paragraph head = new Paragraph(s.title(), HEAD);
            head.setSpacingBefore(12);
            doc.add(head);
            if (s.requires() != null) doc.add(new Paragraph("Requires: " + s.requires(), SMALL));
            if (s.entries().isEmpty() && s.tables().stream().allMatch(t -> t.rows().isEmpty())) {
                doc.add(new Paragraph("The plan shows nothing for this section yet.", BODY));
            }
            for (TemplateSection.Entry e : s.entries()) {
                Paragraph p = new Paragraph();
                p.add(new com.lowagie.text.Chunk(e.label() + ": ", BOLD));
                p.add(new com.lowagie.text.Chunk(e.text() == null ? "" : e.text(), BODY));
                p.setIndentationLeft(14f * e.depth());
                doc.add(p);
            }
            for (TemplateSection.Table t : s.tables()) table(doc, t);
            if (!s.missing().isEmpty()) {
                Paragraph m = new Paragraph("Missing:", BOLD);
                m.setSpacingBefore(4);
                doc.add(m);
                for (String text : s.missing()) {
                    Paragraph p = new Paragraph("- " + text, MISSING);
                    p.setIndentationLeft(14f);
                    doc.add(p);
                }
            }
        }
        doc.close();
        return out.toByteArray();
    }

    /** A section's table as the template's form has it: a heading row, then the rows (none: the headings alone). */
    private static void table(Document doc, TemplateSection.Table t) {
        if (t.caption() != null) {
            Paragraph caption = new Paragraph(t.caption(), BOLD);
            caption.setSpacingBefore(6);
            doc.add(caption);
        }
        PdfPTable table = new PdfPTable(t.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        // the heading row repeats on each page; a table of no rows keeps its headings as an ordinary row (a table of
        // heading rows alone is not drawn)
        if (!t.rows().isEmpty()) table.setHeaderRows(1);
        for (String c : t.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(c, BOLD));
            cell.setBackgroundColor(new Color(230, 230, 230));
            table.addCell(cell);
        }
        for (java.util.List<String> row : t.rows()) for (String c : row) table.addCell(new PdfPCell(new Phrase(c, BODY)));
        doc.add(table);
    }
}

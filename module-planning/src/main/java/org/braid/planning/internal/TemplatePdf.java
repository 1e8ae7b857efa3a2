package org.braid.planning.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
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
            if (s.entries().isEmpty()) doc.add(new Paragraph("The plan shows nothing for this section yet.", BODY));
            for (TemplateSection.Entry e : s.entries()) {
                Paragraph p = new Paragraph();
                p.add(new com.lowagie.text.Chunk(e.label() + ": ", BOLD));
                p.add(new com.lowagie.text.Chunk(e.text() == null ? "" : e.text(), BODY));
                p.setIndentationLeft(14f * e.depth());
                doc.add(p);
            }
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
}

package org.braid.planning.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;

/** The printable plan in Tool A's layout: per priority area, a table per strategy with its codes, measures, milestones and actions. */
final class PlanPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 8);
    private static final Color SHADE = new Color(225, 232, 240);

    private PlanPdf() {
    }

    /** @param orgName the organization's name for the title */
    static byte[] write(PlanTree plan, String orgName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Improvement plan " + orgName + " " + plan.schoolYear());
        doc.addCreator("Braid");
        doc.open();
        doc.add(new Paragraph("Improvement Plan: " + orgName, TITLE));
        doc.add(new Paragraph("School year " + plan.schoolYear() + " - status " + plan.status().name().toLowerCase(), BODY));
        for (PriorityArea a : plan.priorityAreas()) {
            Paragraph p = new Paragraph("Priority " + a.number() + ": " + a.title(), HEAD);
            p.setSpacingBefore(12);
            doc.add(p);
            if (a.description() != null) doc.add(new Paragraph(a.description(), BODY));
            for (Strategy s : a.strategies()) doc.add(strategy(s));
        }
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable strategy(Strategy s) {
        PdfPTable t = new PdfPTable(new float[] {1.2f, 4f, 1.6f, 1.2f, 1.2f, 1.4f, 2.4f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        span(t, "Strategy " + s.number() + " (" + s.startYear() + " to " + s.endYear() + ")   Codes: " + String.join(", ", s.codes()), BOLD, SHADE);
        span(t, s.statement(), BODY, null);
        if (!s.measures().isEmpty()) {
            header(t, "Measure", "Indicator", "Data source", "Baseline", "Targets", "", "");
            for (StrategyMeasure m : s.measures()) {
                row(t, m.number(), m.indicator(), m.dataSource(), m.baseline(), targets(m.targets()), "", "");
            }
        }
        for (Milestone m : s.milestones()) {
            span(t, "Milestone " + m.number() + ": " + m.description() + (m.dueDate() == null ? "" : "   Due " + m.dueDate())
                    + (m.codes().isEmpty() ? "" : "   Codes: " + String.join(", ", m.codes())), BOLD, SHADE);
            if (!m.actions().isEmpty()) header(t, "Action", "Description", "Owner", "Start", "Due", "Budget / funding", "Outputs");
            for (Action x : m.actions()) {
                row(t, x.number(), x.description(), x.owner(), x.startDate(), x.dueDate(),
                        (x.budget() == null ? "" : "$" + x.budget().toPlainString()) + (x.fundingSource() == null ? "" : " " + x.fundingSource()),
                        String.join("; ", x.outputs()));
            }
        }
        return t;
    }

    static String targets(JsonNode targets) {
        StringBuilder b = new StringBuilder();
        if (targets == null) return "";
        for (Iterator<Map.Entry<String, JsonNode>> it = targets.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!b.isEmpty()) b.append("; ");
            b.append(e.getKey()).append(": ").append(e.getValue().asText());
        }
        return b.toString();
    }

    private static void span(PdfPTable t, String text, Font font, Color background) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setColspan(7);
        c.setPadding(4);
        if (background != null) c.setBackgroundColor(background);
        t.addCell(c);
    }

    private static void header(PdfPTable t, String... texts) {
        for (String s : texts) {
            PdfPCell c = new PdfPCell(new Phrase(s, BOLD));
            c.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.addCell(c);
        }
    }

    private static void row(PdfPTable t, String... texts) {
        for (String s : texts) t.addCell(new PdfPCell(new Phrase(s == null ? "" : s, BODY)));
    }
}

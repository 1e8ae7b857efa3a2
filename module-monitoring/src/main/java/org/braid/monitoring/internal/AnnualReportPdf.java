package org.braid.monitoring.internal;

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

/** The annual story as a printable PDF: the summary in plain words, then every figure in a table. */
final class AnnualReportPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private AnnualReportPdf() {}

    static byte[] pdf(AnnualReport.Story s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Annual report " + s.name() + " " + s.schoolYear());
            doc.open();
            doc.add(new Paragraph(s.name() + ": our year " + s.schoolYear(), TITLE));
            for (String line : s.summary()) doc.add(new Paragraph(line, BODY));
            if (s.vision() != null || s.mission() != null) {
                doc.add(new Paragraph("Where we are going", HEADING));
                if (s.vision() != null) doc.add(new Paragraph("Vision: " + s.vision(), BODY));
                if (s.mission() != null) doc.add(new Paragraph("Mission: " + s.mission(), BODY));
            }
            if (!s.goals().isEmpty()) {
                doc.add(new Paragraph("Goals and how we measured them", HEADING));
                for (AnnualReport.GoalLine g : s.goals()) {
                    doc.add(new Paragraph(g.statement(), BODY));
                    measures(doc, g.measures());
                }
            }
            doc.add(new Paragraph("What we did", HEADING));
            table(doc, List.of("", "Total", "Complete", "On track", "Behind", "Not started", "Cancelled", "No report", "Overdue"),
                    List.of(work("Actions", s.actions()), work("Milestones", s.milestones())));
            if (!s.outputs().isEmpty()) doc.add(new Paragraph("Outputs completed: " + String.join("; ", s.outputs()), BODY));
            if (!s.months().isEmpty()) {
                doc.add(new Paragraph("Month by month", HEADING));
                table(doc, List.of("Month", "Actions started", "Complete", "On track or complete"), s.months().stream()
                        .map(m -> List.of(m.period(), String.valueOf(m.actions()), String.valueOf(m.complete()), String.valueOf(m.onTrackOrComplete()))).toList());
            }
            if (!s.strategyMeasures().isEmpty()) {
                doc.add(new Paragraph("What moved: our strategies' measures", HEADING));
                measures(doc, s.strategyMeasures());
            }
            if (!s.adjustments().isEmpty()) {
                doc.add(new Paragraph("What we changed, and why", HEADING));
                for (Adjustment a : s.adjustments()) {
                    doc.add(new Paragraph(a.madeAt().substring(0, 10) + ": " + a.cause() + (a.evidence() == null ? "" : " (evidence: " + a.evidence() + ")"), BODY));
                }
            }
            if (!s.supports().isEmpty()) {
                doc.add(new Paragraph("Supports we received", HEADING));
                table(doc, List.of("Support", "For", "From", "On track before", "After"), s.supports().stream().map(x -> List.of(x.title(), x.orgName(),
                        x.startDate(), share(x.effect().before()), share(x.effect().after()))).toList());
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the annual report PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static void measures(Document doc, List<AnnualReport.MeasureLine> lines) throws DocumentException {
        table(doc, List.of("Measure", "Baseline", "Target", "Result", "Students", "Target reached"), lines.stream().map(l -> List.of(l.indicator(),
                text(l.baseline()), text(l.target()), text(l.result()), l.studentCount() == null ? "" : String.valueOf(l.studentCount()),
                l.onTarget() == null ? "" : l.onTarget() ? "yes" : "no")).toList());
    }

    private static List<String> work(String what, AnnualReport.Work w) {
        return List.of(what, String.valueOf(w.total()), String.valueOf(w.complete()), String.valueOf(w.onTrack()), String.valueOf(w.offTrack()),
                String.valueOf(w.notStarted()), String.valueOf(w.cancelled()), String.valueOf(w.notReported()), String.valueOf(w.overdue()));
    }

    /** A table whose first column, the one that names the row, is as wide as three of the others. */
    private static void table(Document doc, List<String> head, List<List<String>> rows) throws DocumentException {
        float[] widths = new float[head.size()];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 3f;
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
        for (String h : head) t.addCell(cell(h, BOLD));
        for (List<String> r : rows) for (String v : r) t.addCell(cell(v, SMALL));
        doc.add(t);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String share(Double d) {
        return d == null ? "" : Math.round(d * 100) + "%";
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(3);
        return c;
    }
}

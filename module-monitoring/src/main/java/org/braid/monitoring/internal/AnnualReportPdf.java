package org.braid.monitoring.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The annual story as a printable PDF: the summary in plain words, then the figures, each chart (simple bars drawn
 * on the page: measures against their targets, work by status, month by month) followed by the table of its numbers.
 */
final class AnnualReportPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Color BAR = new Color(11, 61, 145);
    private static final Color MARK = new Color(27, 31, 36);

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
                    measureChart(doc, "Goal measures against this year's targets", g.measures());
                    measures(doc, g.measures());
                }
            }
            doc.add(new Paragraph("What we did", HEADING));
            AnnualReport.Work w = s.actions();
            chart(doc, "Actions by status", List.of("Complete", "On track", "Behind", "Not started", "Cancelled", "No report yet"),
                    List.of(w.complete(), w.onTrack(), w.offTrack(), w.notStarted(), w.cancelled(), w.notReported()).stream().map(Integer::doubleValue).toList(),
                    null, null);
            table(doc, List.of("", "Total", "Complete", "On track", "Behind", "Not started", "Cancelled", "No report", "Overdue"),
                    List.of(work("Actions", s.actions()), work("Milestones", s.milestones())));
            if (!s.outputs().isEmpty()) doc.add(new Paragraph("Outputs completed: " + String.join("; ", s.outputs()), BODY));
            if (!s.months().isEmpty()) {
                doc.add(new Paragraph("Month by month", HEADING));
                chart(doc, "Actions on track or complete each month (the line: actions started by then)", s.months().stream().map(AnnualReport.Month::period).toList(),
                        s.months().stream().map(m -> (double) m.onTrackOrComplete()).toList(), s.months().stream().map(m -> (Double) (double) m.actions()).toList(),
                        s.months().stream().map(m -> m.onTrackOrComplete() + " of " + m.actions()).toList());
                table(doc, List.of("Month", "Actions started", "Complete", "On track or complete"), s.months().stream()
                        .map(m -> List.of(m.period(), String.valueOf(m.actions()), String.valueOf(m.complete()), String.valueOf(m.onTrackOrComplete()))).toList());
            }
            if (!s.strategyMeasures().isEmpty()) {
                doc.add(new Paragraph("What moved: our strategies' measures", HEADING));
                measureChart(doc, "Strategy measures against this year's targets", s.strategyMeasures());
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

    /** The measures with a result: a bar for the result, a line at the year's target (its first number). */
    private static void measureChart(Document doc, String title, List<AnnualReport.MeasureLine> lines) throws DocumentException {
        List<String> labels = new ArrayList<>(), texts = new ArrayList<>();
        List<Double> values = new ArrayList<>(), targets = new ArrayList<>();
        for (AnnualReport.MeasureLine l : lines) {
            if (l.result() == null) continue;
            BigDecimal target = MeasureResults.target(l.target());
            labels.add(l.indicator());
            values.add(new BigDecimal(l.result()).doubleValue());
            targets.add(target == null ? null : target.doubleValue());
            texts.add(l.result() + (target == null ? "" : " (target " + target.stripTrailingZeros().toPlainString() + ")"));
        }
        if (!labels.isEmpty()) chart(doc, title + " (the bar: the result; the line: the target)", labels, values, targets, texts);
    }

    /**
     * Horizontal bars, one row each: the label, the bar (drawn behind its cell, as long as the value against the largest
     * number of the chart; with a line at the mark when there is one), the number. The table after it gives them all.
     *
     * @param marks a mark per row or {@code null} (none, or none for that row)
     * @param texts what each row's number says, or {@code null} for the value itself
     */
    private static void chart(Document doc, String title, List<String> labels, List<Double> values, List<Double> marks, List<String> texts)
            throws DocumentException {
        double max = 0;
        for (int i = 0; i < values.size(); i++) {
            max = Math.max(max, values.get(i));
            if (marks != null && marks.get(i) != null) max = Math.max(max, marks.get(i));
        }
        double scale = max <= 0 ? 0 : 1 / max;
        doc.add(new Paragraph("Chart: " + title, BOLD));
        PdfPTable t = new PdfPTable(new float[] {3f, 5f, 1.6f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        t.setSpacingAfter(2);
        for (int i = 0; i < labels.size(); i++) {
            double value = Math.max(0, values.get(i)), mark = marks == null || marks.get(i) == null ? -1 : marks.get(i);
            t.addCell(bare(labels.get(i), PdfPCell.ALIGN_RIGHT));
            PdfPCell bar = bare("", PdfPCell.ALIGN_LEFT);
            bar.setCellEvent((cell, at, canvases) -> {
                PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
                float width = at.getWidth() - 4, left = at.getLeft() + 2;
                cb.saveState();
                cb.setColorFill(BAR);
                cb.rectangle(left, at.getBottom() + 3, (float) (width * value * scale), at.getHeight() - 6);
                cb.fill();
                if (mark >= 0) {
                    float x = left + (float) (width * mark * scale);
                    cb.setColorStroke(MARK);
                    cb.setLineWidth(1.5f);
                    cb.moveTo(x, at.getBottom() + 1);
                    cb.lineTo(x, at.getTop() - 1);
                    cb.stroke();
                }
                cb.restoreState();
            });
            t.addCell(bar);
            t.addCell(bare(texts == null ? number(values.get(i)) : texts.get(i), PdfPCell.ALIGN_LEFT));
        }
        doc.add(t);
    }

    private static PdfPCell bare(String text, int align) {
        PdfPCell c = cell(text, SMALL);
        c.setBorder(PdfPCell.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setMinimumHeight(14);
        return c;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
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

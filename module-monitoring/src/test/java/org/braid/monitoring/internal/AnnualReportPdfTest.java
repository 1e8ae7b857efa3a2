package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

class AnnualReportPdfTest {

    @Test
    void everyChartIsDrawnWithItsNumbersAndItsTable() throws Exception {
        AnnualReport.Work actions = new AnnualReport.Work(20, 8, 6, 3, 1, 0, 2, 2), milestones = new AnnualReport.Work(6, 2, 3, 1, 0, 0, 0, 1);
        AnnualReport.Story s = new AnnualReport.Story("s1", "Lincoln Elementary", "SCHOOL", "2025-26", "Every child reads", null, null,
                List.of(new AnnualReport.GoalLine("Reading", List.of(new AnnualReport.MeasureLine("GOAL", "Students reading on grade level", "State assessments",
                        "40%", "At least 50%", "55", 120, true), new AnnualReport.MeasureLine("GOAL", "Students writing on grade level", "State assessments",
                        "30%", "45%", null, null, null)))), actions, milestones,
                List.of(new AnnualReport.Month("2025-09", 10, 1, 8), new AnnualReport.Month("2025-10", 14, 3, 11)), List.of("Reading plan"),
                List.of(new AnnualReport.MeasureLine("STRATEGY", "Tutoring sessions held", "Tutor logs", "0", "120", "96", 40, false)),
                List.of(new Adjustment("a1", "p1", "e1", "s1", "Tutoring started late", "the October reports", Map.of("dueDate", "2026-01-31"), 2,
                        "school-a", "2026-01-10T10:00:00Z", false)), List.of(), List.of("In 2025-26, Lincoln Elementary worked on 20 actions."));
        byte[] pdf = AnnualReportPdf.pdf(s);
        StringBuilder text = new StringBuilder(), content = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
                content.append(new String(reader.getPageContent(p), StandardCharsets.ISO_8859_1));
            }
        }
        String t = text.toString();
        // every chart with its title and a row per figure (label and number), and its table: the extracted text lists
        // paragraphs before tables, so it does not tell the order on the page
        for (String title : List.of("Chart: Goal measures against this year's targets", "Chart: Actions by status",
                "Chart: Actions on track or complete each month", "Chart: Strategy measures against this year's targets")) assertTrue(t.contains(title), t);
        assertTrue(t.contains("Students reading on grade level55 (target 50)"), t);
        assertTrue(t.contains("Students reading on grade level40%At least 50%55120yes"), "the measure's table row: " + t);
        assertTrue(t.contains("Tutoring sessions held96 (target 120)"), t);
        assertTrue(t.contains("2025-10 11 of 14") && t.contains("2025-10 14 3 11"), t);
        assertTrue(t.contains("Behind 3") && t.contains("Actions 20 8 6 3 1 0 2 2"), t);
        assertEquals(t.indexOf("Students writing on grade level"), t.lastIndexOf("Students writing on grade level"), "no bar for a measure without a result");
        assertTrue(t.contains("What we changed, and why") && t.contains("Tutoring started late"), t);
        // the bars are filled rectangles in the bar colour, the targets lines
        assertTrue(content.toString().contains("0.04314 0.23922 0.56863 rg"), "the bars' colour is set");
        assertTrue(content.toString().matches("(?s).* re\\s+f.*"), "filled rectangles are drawn");
    }
}

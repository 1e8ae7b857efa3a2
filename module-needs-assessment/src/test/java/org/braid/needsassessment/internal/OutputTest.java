package org.braid.needsassessment.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.braid.core.model.NotFoundException;
import org.junit.jupiter.api.Test;

class OutputTest {

    static StoredPart stored(String id, Kind kind, int seq, Part p) {
        ObjectNode fields = org.braid.platform.json.BraidJson.mapper().valueToTree(p);
        fields.remove("version");
        return new StoredPart(id, "a1", kind, seq, fields, 1);
    }

    static final Assessment A = new Assessment("a1", "org", "2026-27", Scope.SEGMENTED, "7th-grade mathematics", 1L);
    static final List<StoredPart> PARTS = List.of(
            stored("t1", Kind.TREND, 1, new Trend("=HYPERLINK(\"x\")", Trend.Outlook.CONCERNING,
                    List.of(new Trend.DataPoint("2023-24", 35.0), new Trend.DataPoint("2024-25", 29.5)), null, null)),
            stored("w1", Kind.WHY_CHAIN, 1, new WhyChain("Low student math performance in seventh grade.", List.of("a", "b, with \"quotes\""), "b", null)),
            stored("f1", Kind.FISHBONE, 1, new Fishbone("p", List.of(new Fishbone.Category("Staff", List.of("turnover", "substitute"))), null)),
            stored("r1", Kind.ROOT_CAUSE, 1, new RootCause("Induction is not sufficient \u0000\u202E", true, null, RootCause.Level.SCHOOL, null)),
            stored("p1", Kind.PRIORITY_AREA, 1, new PriorityArea("Keep new teachers 😀", List.of("r1"), null, null)));

    static List<CSVRecord> read(String csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void eachKindIsATableWithOneRowPerFact() throws Exception {
        List<CSVRecord> trends = read(AssessmentTables.csv(Kind.TREND, PARTS));
        assertEquals(2, trends.size(), "one row per year");
        assertEquals("'=HYPERLINK(\"x\")", trends.get(0).get("statement"), "a formula stays text");
        assertEquals("29.5", trends.get(1).get("value"));
        List<CSVRecord> whys = read(AssessmentTables.csv(Kind.WHY_CHAIN, PARTS));
        assertEquals("b, with \"quotes\"", whys.get(0).get("why_2"));
        assertEquals("", whys.get(0).get("why_5"));
        assertEquals(2, read(AssessmentTables.csv(Kind.FISHBONE, PARTS)).size());
        assertEquals("", read(AssessmentTables.csv(Kind.ROOT_CAUSE, PARTS)).get(0).get("systemic"), "not yet answered");
        assertEquals(0, read(AssessmentTables.csv(Kind.SWOT, PARTS)).size());
        assertEquals(Kind.ROOT_CAUSE, AssessmentTables.table("root-causes"));
        assertThrows(NotFoundException.class, () -> AssessmentTables.table("salaries"));
    }

    @Test
    void theSummaryIsAPdfWhateverTheTexts() {
        byte[] pdf = AssessmentSummary.pdf(A, "School A", PARTS);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(pdf.length > 1000);
        byte[] empty = AssessmentSummary.pdf(new Assessment("a2", "org", "2026-27", Scope.COMPREHENSIVE, null, 1L), "\u0000", List.of());
        assertTrue(new String(empty, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals("Induction  ", AssessmentSummary.clean("Induction \u0000\u202E\n"));
    }
}

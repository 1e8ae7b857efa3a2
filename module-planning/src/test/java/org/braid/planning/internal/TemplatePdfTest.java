package org.braid.planning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.braid.core.spi.Source;
import org.braid.planning.api.TemplateSection;
import org.braid.planning.api.TemplateSection.Entry;
import org.braid.planning.api.TemplateSection.Table;
import org.junit.jupiter.api.Test;

class TemplatePdfTest {
    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) out.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        reader.close();
        return out.toString();
    }

    @Test
    void aSectionsTablesArePrintedWithTheirHeadingsRowByRow() throws Exception {
        Table strategies = new Table("Proposed Systems and Strategies", List.of("Strategy", "Key Implementation Steps", "By When?", "By Who?",
                "Five SFSS Priorities Connection"), List.of(
                Arrays.asList("Tiered attendance", "1.1.1.1 Train the team", "2026-09-30", "Ms. Diaz", "P3"),
                Arrays.asList(null, "1.1.1.2 Early warning report", "First quarter", "Data coach", null)));
        Table rules = new Table(null, List.of("Policy", "Adjustments Needed", "Supports Needed"), List.of());
        TemplateSection challenge = new TemplateSection("challenge-1", "Challenge/Problem #1", "the seed", List.of(new Entry("Root Cause A", "No early warning", 1)),
                List.of(), List.of(strategies));
        TemplateSection empty = new TemplateSection("section-2-rules", "Section 2: Rules", "the seed", List.of(), List.of("Section 2 lists no rules"), List.of(rules));
        byte[] pdf = TemplatePdf.write(new Templates.Rendered("sfss-action-plan", "SFSS Action Planning Template", new Source("t", "p", "2020", "s"),
                "p1", "Riverside", "2026-27", 0.5, 1, List.of(challenge, empty)));
        String text = text(pdf);
        String flat = text.replaceAll("\\s+", "");
        // the headings, then each row's cells in the columns' order (OpenPDF's extractor runs a table's cells together)
        assertTrue(flat.contains("StrategyKeyImplementationStepsByWhen?ByWho?FiveSFSSPrioritiesConnection"
                + "Tieredattendance1.1.1.1Traintheteam2026-09-30Ms.DiazP3" + "1.1.1.2EarlywarningreportFirstquarterDatacoach"), text);
        assertTrue(text.contains("Root Cause A: No early warning") && text.contains("Proposed Systems and Strategies"), text);
        assertFalse(text.contains("By When?:") || text.contains("Strategy:"), "no label-and-text lines for a table's cells: " + text);
        // a table with no rows keeps its headings, and the section says it shows nothing yet
        assertTrue(flat.contains("PolicyAdjustmentsNeededSupportsNeeded"), text);
        assertEquals(1, text.split("The plan shows nothing for this section yet\\.", -1).length - 1, text);
    }

    @Test
    void aRowMustHaveACellPerColumn() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Table(null, List.of("a", "b"), List.of(List.of("only one"))));
        assertTrue(e.getMessage().contains("1 cells in a table of 2 columns"));
    }
}

package org.braid.planning.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.Violation;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.Domain;
import org.braid.core.spi.Practice;
import org.braid.planning.internal.Inputs.ActionInput;
import org.braid.planning.internal.Inputs.MeasureInput;
import org.braid.planning.internal.Inputs.StrategyInput;
import org.junit.jupiter.api.Test;

class InputsTest {

    private static List<String> fields(org.braid.core.model.Checks c) {
        return c.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aStrategyNeedsAllThreePartsAndTwoYears() {
        StrategyInput s = new StrategyInput("develop guidelines", " ", null, List.of("4C"), "2026-27", "2026-27", null, null, null, null);
        assertEquals(List.of("then", "and", "endYear"), fields(s.check()));
        assertTrue(new StrategyInput("a", "b", "c", null, "2026-27", "2027-28", null, null, null, null).check().ok());
        assertEquals(List.of("startYear"), fields(new StrategyInput("a", "b", "c", null, "2026-28", "2027-28", null, null, null, null).check()));
    }

    @Test
    void theJsonNamesAreIfThenAnd() throws Exception {
        StrategyInput s = new ObjectMapper().readValue("{\"if\":\"x\",\"then\":\"y\",\"and\":\"z\"}", StrategyInput.class);
        assertEquals("x", s.ifPart());
    }

    @Test
    void measuresTakeNumbersOrTextsByYear() {
        assertTrue(new MeasureInput("share", "report", new TextNode("26%"), Map.of("2026-27", new IntNode(50)), null, null).check().ok());
        assertEquals("26", new MeasureInput("share", null, new IntNode(26), null, null, null).baselineText());
        assertEquals(List.of("targets.2026"), fields(new MeasureInput("share", null, null, Map.of("2026", new IntNode(50)), null, null).check()));
    }

    @Test
    void actionsCheckDatesBudgetAndOutputs() {
        ActionInput bad = new ActionInput("do", "me", null, "2026-09-01", "2026-08-01", null, new BigDecimal("-1"), null,
                new IntNode(3), null, null, 0, null);
        assertEquals(List.of("dueDate", "budget", "outputs", "position"), fields(bad.check()));
        ActionInput ok = new ActionInput("do", "me", null, "2026-08-01", "2026-09-01", null, new BigDecimal("10.50"), "Title I",
                new TextNode("a report"), null, null, null, null);
        assertTrue(ok.check().ok());
        assertEquals(List.of("a report"), ok.outputList());
        assertEquals(List.of("dueDate"), fields(new ActionInput("do", null, null, null, "30/09/2026", null, null, null, null, null, null, null, null).check()));
    }

    @Test
    void codesAreCheckedAgainstTheFramework() {
        CodingFramework f = new CodingFramework("four-domains", "Four Domains", "1", null,
                List.of(new Domain("3", "Instruction", List.of(new Practice("3C", "Remove barriers")))));
        assertEquals(List.of("3C"), Codes.validate(f, "codes", List.of("3c", "3C")));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> Codes.validate(f, "codes", List.of("3C", "9Z")));
        assertEquals("codes[1]", e.violations().get(0).field());
    }
}

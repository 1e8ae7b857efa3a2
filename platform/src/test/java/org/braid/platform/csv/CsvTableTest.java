package org.braid.platform.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"}) {
            assertEquals("'" + formula, CsvTable.cell(formula));
        }
        assertEquals("plain", CsvTable.cell("plain"));
        assertEquals("a=b", CsvTable.cell("a=b"));
    }

    @Test
    void numbersStayNumbers() {
        assertEquals("-3", CsvTable.cell(-3));
        assertEquals("1000", CsvTable.cell(new BigDecimal("1E+3")));
        assertEquals("", CsvTable.cell(null));
    }

    @Test
    void aTableHasItsHeaderAndQuotesAsRfc4180Says() {
        String csv = new CsvTable("number", "action").row("1.1.1.1", "=cmd|' /C calc'!A0").row("1.1.1.2", "say \"hi\", then go").toString();
        assertEquals("number,action\r\n1.1.1.1,'=cmd|' /C calc'!A0\r\n1.1.1.2,\"say \"\"hi\"\", then go\"\r\n", csv);
    }
}

package org.braid.platform.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table (RFC 4180, written by Apache Commons CSV) for spreadsheets. A text cell that a
 * spreadsheet would run as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return) is written with an apostrophe in front, as OWASP advises against CSV
 * injection; numbers stay numbers. Usage:
 * {@code new CsvTable("number", "action").row("1.1.1.1", "=HYPERLINK(...)").bytes()}.
 */
public final class CsvTable {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    /** @param header the column names */
    public CsvTable(String... header) {
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            printer.printRecord(Arrays.stream(header).map(CsvTable::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param header the column names */
    public CsvTable(List<String> header) {
        this(header.toArray(String[]::new));
    }

    /**
     * Adds a row.
     *
     * @param cells texts, numbers or other values (written as their {@code toString()}); {@code null} is an empty cell
     * @return this table
     */
    public CsvTable row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** @see #row(Object...) */
    public CsvTable row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvTable::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** @return the table as text, a header line first */
    @Override
    public String toString() {
        return out.toString();
    }

    /** @return the table as UTF-8 bytes, for a {@code text/csv; charset=utf-8} answer */
    public byte[] bytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The one rule for a cell: numbers as written (a decimal in plain notation), text that a
     * spreadsheet would take for a formula behind an apostrophe, {@code null} as nothing.
     *
     * @return what is written for the value
     */
    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof BigDecimal d) return d.toPlainString();
        if (value instanceof Number n) return n.toString();
        String s = value.toString();
        return !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}

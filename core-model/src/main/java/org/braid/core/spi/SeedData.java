package org.braid.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads reference data a bundle ships as JSON (templates, checklists, instruments), with its citation kept in the file. */
public final class SeedData {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SeedData() {
    }

    /**
     * @param anchor   a class of the bundle that ships the file
     * @param resource the path inside the bundle, e.g. {@code /seed/plan-template.json}
     * @return the parsed document
     * @throws IllegalStateException when the file is missing
     */
    public static JsonNode read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource + " in " + anchor.getName());
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

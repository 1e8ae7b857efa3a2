package org.braid.sfss.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.Crosswalk;
import org.braid.platform.json.BraidJson;

/** The pack's data, read once from the JSON files the bundle ships; each file keeps its citation. */
final class Packs {
    static final CodingFramework FRAMEWORK = read("/frameworks/sfss.json", CodingFramework.class);
    static final Crosswalk TO_FOUR_DOMAINS = read("/frameworks/sfss-four-domains.json", Crosswalk.class);
    static final JsonNode TEMPLATE = read("/templates/sfss-action-plan.json", JsonNode.class);

    private Packs() {
    }

    /** Reads a file into an API type; the citation's extra fields (seed file, notes) stay in the file. */
    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = Packs.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            return BraidJson.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.braid.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

/** The one JSON configuration: strict input, ISO dates. */
class BraidJsonTest {
    record Visit(String note, int count, LocalDate on, Instant at) {}

    @Test
    void datesAreIsoText() throws Exception {
        Visit v = new Visit("n", 2, LocalDate.of(2026, 9, 1), Instant.parse("2026-09-01T12:00:00Z"));
        String json = BraidJson.write(v);
        assertEquals("{\"note\":\"n\",\"count\":2,\"on\":\"2026-09-01\",\"at\":\"2026-09-01T12:00:00Z\"}", json);
        assertEquals(v, BraidJson.mapper().readValue(json, Visit.class));
    }

    @Test
    void unknownFieldsAndCoercionAreRefused() {
        assertThrows(UnrecognizedPropertyException.class, () -> BraidJson.mapper().readValue("{\"count\":1,\"extra\":1}", Visit.class));
        assertThrows(MismatchedInputException.class, () -> BraidJson.mapper().readValue("{\"note\":5,\"count\":1}", Visit.class));
        assertThrows(MismatchedInputException.class, () -> BraidJson.mapper().readValue("{\"count\":\"5\"}", Visit.class));
        assertThrows(MismatchedInputException.class, () -> BraidJson.mapper().readValue("{\"count\":null}", Visit.class));
        assertThrows(MismatchedInputException.class, () -> BraidJson.mapper().readValue("{\"count\":1} {}", Visit.class));
    }

    @Test
    void aDamagedStoredDocumentIsTheServersProblem() {
        assertEquals(List.of("a", "b"), BraidJson.readStored("[\"a\",\"b\"]", new TypeReference<List<String>>() {}));
        assertThrows(IllegalStateException.class, () -> BraidJson.readStored("{\"note\":\"n\",\"extra\":1}", Visit.class));
    }
}

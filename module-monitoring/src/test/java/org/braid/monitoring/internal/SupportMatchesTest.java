package org.braid.monitoring.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SupportMatchesTest {

    private static Rollup.Cell cell(String code, int total, int offTrack, int notReported, int overdue) {
        Counts a = new Counts();
        a.add("total", total);
        a.add("OFF_TRACK", offTrack);
        a.add(Counts.NOT_REPORTED, notReported);
        a.add(Counts.OVERDUE, overdue);
        return new Rollup.Cell(code, "practice " + code, a, new Counts(), 1);
    }

    private static Support support(String title, String provider, Integer capacity, String... codes) {
        return new Support(title.toLowerCase().replace(' ', '-'), title, null, provider, null, "COACHING", List.of(codes), capacity, null, 1L);
    }

    @Test
    void aPracticeLagsFromTheThresholdCountingEachActionOffTrackOverdueOrNotReportedOnce() {
        // 3B: 2 off track and 1 not reported; 3 overdue, of which 2 are among those 3 and 1 is reported on track
        List<SupportMatches.Lag> lags = SupportMatches.lags(List.of(cell("1A", 10, 1, 1, 0), cell("3B", 10, 2, 1, 3), cell("2C", 8, 0, 0, 4),
                cell("4A", 0, 0, 0, 0)), Map.of("3B", 1, "2C", 4));
        assertEquals(List.of("2C", "3B", "1A"), lags.stream().map(SupportMatches.Lag::practice).toList(), "most lagging first; none without actions");
        assertEquals(0.5, lags.get(0).lag(), 1e-9, "overdue though reported on track counts");
        assertEquals(0.4, lags.get(1).lag(), 1e-9, "the union, not the larger of off track or not reported (0.3) and overdue (0.3)");

        List<Map<String, Object>> m = SupportMatches.match(lags, 0.3, List.of(support("Coaching 3B", "d", null, "3B")), s -> 5, s -> 0);
        assertEquals(List.of("2C", "3B"), m.stream().map(x -> x.get("practice")).toList(), "1A at 20% is under the threshold");
        assertEquals(List.of(), m.get(0).get("supports"), "nothing offered for 2C");
        assertEquals(1, ((List<?>) m.get(1).get("supports")).size());
    }

    @Test
    void supportsAreOrderedByFitThenRoomThenNearnessThenTitle() {
        List<SupportMatches.Lag> lags = SupportMatches.lags(List.of(cell("3B", 10, 5, 0, 0), cell("3C", 10, 5, 0, 0)), Map.of());
        Support both = support("Zeta both", "sea", null, "3B", "3C");
        Support full = support("Alpha full", "district", 1, "3B");
        Support state = support("Beta state", "sea", null, "3B");
        Support district = support("Gamma district", "district", null, "3B");
        List<Map<String, Object>> m = SupportMatches.match(lags, 0.25, List.of(full, state, district, both),
                s -> s == full ? 0 : Integer.MAX_VALUE, s -> s.providerOrgId().equals("district") ? 1 : 2);
        @SuppressWarnings("unchecked")
        List<SupportMatches.Offered> for3B = (List<SupportMatches.Offered>) m.stream().filter(x -> x.get("practice").equals("3B")).findFirst().orElseThrow()
                .get("supports");
        assertEquals(List.of("Zeta both", "Gamma district", "Beta state", "Alpha full"), for3B.stream().map(x -> x.support().title()).toList());
        assertEquals(2, for3B.get(0).fit(), "addresses both lagging practices");
        assertNull(for3B.get(0).remaining(), "no limit");
        assertEquals(0, for3B.get(3).remaining());
    }

    @Test
    void eachMatchedSupportCarriesItsOwnFieldsWithItsFitAndRoomBesideThem() throws Exception {
        Support s = support("Data coaching", "district", 3, "3B");
        List<Map<String, Object>> m = SupportMatches.match(SupportMatches.lags(List.of(cell("3B", 10, 5, 0, 0)), Map.of()), 0.25, List.of(s), x -> 2, x -> 1);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.valueToTree(m).get(0).path("supports").get(0);
        assertEquals(s.id(), first.path("id").asText(), first.toString());
        assertEquals("Data coaching", first.path("title").asText());
        assertEquals("district", first.path("providerOrgId").asText());
        assertEquals("[\"3B\"]", first.path("practiceCodes").toString());
        assertEquals(1, first.path("fit").asInt());
        assertEquals(2, first.path("remaining").asInt());
        assertFalse(first.has("support"), "not wrapped");
        JsonNode alone = json.valueToTree(s);
        alone.fieldNames().forEachRemaining(f -> assertEquals(alone.get(f), first.get(f), f + " as GET /supports/{id} gives it"));
    }
}

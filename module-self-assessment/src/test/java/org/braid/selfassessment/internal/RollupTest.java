package org.braid.selfassessment.internal;

import static org.braid.selfassessment.internal.ReflectionsTest.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class RollupTest {
    final ReflectionStore store = new ReflectionStore(TestDatabases.memory("sa-rollup" + System.nanoTime(), SelfAssessmentModule.ID));
    final RollupResource rollups = new RollupResource(store, new Network());

    Reflection reflection(String id, String org, String year) {
        return store.insert(new Reflection(id, org, year, LEAD.userId(), List.of(LEAD.userId(), MEMBER.userId()), Reflection.OPEN, null));
    }

    static Rollup.ElementRow row(Rollup r, String code) {
        return r.elements().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheConsensusOfEachDistrictsReflectionCountsWithinTheOrganizationAndYear() {
        Reflection a = reflection("a-2026", DISTRICT, "2026-27"), b = reflection("b-2026", OTHER, "2026-27"), older = reflection("a-2025", DISTRICT, "2025-26");
        store.agree(a.id(), "1a1", new Consensus(1, null, null), null);
        store.agree(a.id(), "1a2", new Consensus(3, null, null), null);
        store.agree(b.id(), "1a1", new Consensus(2, null, null), null);
        store.agree(b.id(), "1a2", new Consensus(3, null, null), null);
        store.agree(older.id(), "1a1", new Consensus(4, null, null), null);
        // a member's rating is not a consensus: it never counts
        store.rate(a.id(), "1a3", MEMBER.userId(), new Inputs.RatingInput(1, null, null, null), null);

        Rollup state = rollups.rollup(STATE, "2026-27");
        assertEquals(List.of("a-2026", "b-2026"), state.reflections().stream().map(Rollup.Counted::reflectionId).sorted().toList());
        assertEquals(List.of(1, 1, 0, 0), row(state, "1a1").levels());
        assertEquals(0, row(state, "1a1").none());
        assertEquals(List.of(new Rollup.Low("a-2026", DISTRICT, "District A", "2026-27", 1)), row(state, "1a1").lowest());
        assertEquals(List.of(0, 0, 2, 0), row(state, "1a2").levels());
        assertEquals(2, row(state, "1a2").lowest().size(), "both districts share the lowest level");
        assertEquals(List.of(0, 0, 0, 0), row(state, "1a3").levels());
        assertEquals(2, row(state, "1a3").none());
        Rollup.PracticeRow first = state.practices().get(0);
        assertEquals("1A", first.code());
        assertEquals(List.of(1, 1, 2, 0), first.levels());
        assertEquals(2 * 5 - 4, first.none());
        assertEquals(12, state.practices().size());

        Rollup districtOverYears = rollups.rollup(DISTRICT, null);
        assertEquals(List.of("2025-26", "2026-27"), districtOverYears.reflections().stream().map(Rollup.Counted::schoolYear).toList());
        assertEquals(List.of(1, 0, 0, 1), row(districtOverYears, "1a1").levels());
        assertEquals(List.of(), rollups.rollup(SCHOOL, "2026-27").reflections(), "a school has no districts under it");
    }
}

package org.braid.selfassessment.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void countsDistributionMedianAndSpread() {
        Tally t = Tally.of(List.of(3, 1, 4, 3));
        assertEquals(4, t.count());
        assertEquals(List.of(1, 0, 2, 1), t.distribution());
        assertEquals(3.0, t.median());
        assertEquals(3, t.spread());
        assertTrue(t.flagged());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleRatings() {
        assertEquals(2.5, Tally.of(List.of(2, 3)).median());
        assertEquals(1.5, Tally.of(List.of(1, 1, 2, 4)).median());
        assertEquals(2.0, Tally.of(List.of(4, 2, 1)).median());
    }

    @Test
    void twoLevelsApartIsADisagreementOneIsNot() {
        assertFalse(Tally.of(List.of(2, 3, 3, 2)).flagged());
        assertTrue(Tally.of(List.of(2, 4)).flagged());
        assertTrue(Tally.of(List.of(1, 3, 2)).flagged());
        assertFalse(Tally.of(List.of(4)).flagged(), "one rating cannot disagree");
    }

    @Test
    void noRatingsIsAnEmptyTally() {
        Tally t = Tally.of(List.of());
        assertEquals(0, t.count());
        assertEquals(List.of(0, 0, 0, 0), t.distribution());
        assertNull(t.median());
        assertEquals(0, t.spread());
        assertFalse(t.flagged());
    }

    @Test
    void aDistributionGivesTheSameTallyAsItsRatings() {
        assertEquals(Tally.of(List.of(1, 2, 2, 4, 4)), Tally.fromDistribution(List.of(1, 2, 0, 2)));
    }
}

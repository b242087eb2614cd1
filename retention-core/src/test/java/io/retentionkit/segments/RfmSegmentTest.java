package io.retentionkit.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RfmSegmentTest {

  @Test
  void theTableIsAPartitionOfTheTwentyFiveCells() {
    // Rows R = 5 (top) to 1, columns FM = 1 to 5: the grid as the package documentation draws it.
    String[] grid = {
        "new          potential    potential    champions    champions",
        "promising    potential    potential    loyal        loyal",
        "asleep       asleep       attention    loyal        loyal",
        "hibernating  hibernating  atrisk       atrisk       cantlose",
        "lost         lost         atrisk       atrisk       cantlose"};
    Map<String, RfmSegment> names = Map.ofEntries(Map.entry("new", RfmSegment.NEW),
        Map.entry("potential", RfmSegment.POTENTIAL_LOYALISTS), Map.entry("champions", RfmSegment.CHAMPIONS),
        Map.entry("promising", RfmSegment.PROMISING), Map.entry("loyal", RfmSegment.LOYAL),
        Map.entry("asleep", RfmSegment.ABOUT_TO_SLEEP), Map.entry("attention", RfmSegment.NEED_ATTENTION),
        Map.entry("hibernating", RfmSegment.HIBERNATING), Map.entry("atrisk", RfmSegment.AT_RISK),
        Map.entry("cantlose", RfmSegment.CANNOT_LOSE), Map.entry("lost", RfmSegment.LOST));
    Map<RfmSegment, Integer> cells = new EnumMap<>(RfmSegment.class);
    for (int row = 0; row < 5; row++) {
      String[] columns = grid[row].trim().split("\\s+");
      for (int fm = 1; fm <= 5; fm++) {
        int r = 5 - row;
        RfmSegment segment = RfmSegment.of(r, fm);
        assertEquals(names.get(columns[fm - 1]), segment, "R " + r + ", FM " + fm);
        assertEquals(segment, RfmSegment.of(RfmScore.of(r, fm, fm)));
        cells.merge(segment, 1, Integer::sum);
      }
    }
    assertEquals(11, cells.size(), "every segment has a cell");
    for (RfmSegment segment : RfmSegment.values()) {
      int expected = (segment.maxR() - segment.minR() + 1) * (segment.maxFm() - segment.minFm() + 1);
      assertEquals(expected, cells.get(segment), segment.definition());
    }
  }

  @Test
  void namesKeysAndDefinitions() {
    assertEquals("Can't lose them", RfmSegment.CANNOT_LOSE.displayName());
    assertEquals("cant-lose-them", RfmSegment.CANNOT_LOSE.key());
    assertEquals("R 1-2, FM 5", RfmSegment.CANNOT_LOSE.definition());
    assertEquals("R 5, FM 4-5", RfmSegment.CHAMPIONS.definition());
    assertEquals("R 3, FM 3", RfmSegment.NEED_ATTENTION.definition());
    assertEquals("potential-loyalists", RfmSegment.POTENTIAL_LOYALISTS.key());
  }

  @Test
  void fmIsTheAverageOfFAndMRoundedDown() {
    assertEquals(1, RfmScore.of(3, 1, 2).fm());
    assertEquals(3, RfmScore.of(3, 1, 5).fm());
    assertEquals(5, RfmScore.of(3, 5, 5).fm());
    assertEquals("315", RfmScore.of(3, 1, 5).code());
    assertEquals(RfmSegment.NEW, RfmSegment.of(RfmScore.of(5, 1, 2)));
    assertEquals(RfmSegment.POTENTIAL_LOYALISTS, RfmSegment.of(RfmScore.of(5, 1, 3)));
  }

  @Test
  void scoresOutOfRangeAreRefused() {
    assertEquals("r must lie in [1, 5]: 0",
        assertThrows(IllegalArgumentException.class, () -> RfmScore.of(0, 1, 1)).getMessage());
    assertEquals("m must lie in [1, 5]: 6",
        assertThrows(IllegalArgumentException.class, () -> RfmScore.of(1, 1, 6)).getMessage());
    assertEquals("fm must lie in [1, 5]: 6",
        assertThrows(IllegalArgumentException.class, () -> RfmSegment.of(1, 6)).getMessage());
  }
}

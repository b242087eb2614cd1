package io.retentionkit.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class StringIndexTest {
  private static final long SEED = 20261207L;

  @Test
  void internNumbersStringsInOrderOfFirstAppearanceAndFindsThemAgain() {
    System.out.println("seed " + SEED);
    for (boolean retaining : new boolean[] {false, true}) {
      SplittableRandom random = new SplittableRandom(SEED);
      StringIndex index = retaining ? StringIndex.retainingStrings() : new StringIndex();
      Map<String, Integer> expected = new HashMap<>();
      List<String> byIndex = new ArrayList<>();
      for (int i = 0; i < 60_000; i++) {
        // Mostly repeats of earlier strings, so that every probe path is taken.
        String value = byIndex.isEmpty() || random.nextInt(3) == 0 ? randomString(random)
            : new String(byIndex.get(random.nextInt(byIndex.size())).toCharArray());
        Integer known = expected.putIfAbsent(value, expected.size());
        if (known == null) {
          byIndex.add(value);
        }
        assertEquals(expected.get(value), index.intern(value), "seed " + SEED + ", string " + i);
      }
      assertEquals(expected.size(), index.size());
      index.trim();
      for (int i = 0; i < byIndex.size(); i++) {
        assertEquals(byIndex.get(i), index.get(i));
        assertEquals(i, index.indexOf(new String(byIndex.get(i).toCharArray())));
      }
      assertEquals(-1, index.indexOf("never added \u20ac"));
    }
  }

  @Test
  void longLatin1AndUtf16StringsRoundTrip() {
    StringIndex index = new StringIndex();
    List<String> values = new ArrayList<>();
    for (int length : new int[] {1, 63, 64, 65, 8_191, 8_192, 70_000}) {
      values.add("a".repeat(length));
      values.add("\u20ac".repeat(length)); // UTF-16: twice the bytes
      values.add("\u00e9".repeat(length)); // Latin-1 beyond ASCII
    }
    for (int i = 0; i < values.size(); i++) {
      assertEquals(i, index.intern(values.get(i)));
    }
    for (int i = 0; i < values.size(); i++) {
      assertEquals(values.get(i), index.get(i));
      assertEquals(i, index.indexOf(values.get(i)));
    }
    // A string and its one-character-longer neighbour, and the same chars in the other coding, differ.
    assertEquals(-1, index.indexOf("a".repeat(66)));
    assertEquals(-1, index.indexOf("\u00e9".repeat(62)));
  }

  @Test
  void equallyLongStringsKeepNoOffsetsUntilOneDiffers() {
    for (String differing : new String[] {"C12345678", "C123456", "C12345\u20ac", ""}) {
      StringIndex index = new StringIndex();
      List<String> values = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        values.add(String.format("C%07d", i * 7));
        assertEquals(i, index.intern(values.get(i)));
      }
      long fixed = index.arrayBytes();
      assertEquals(8L * 5_000, index.textBytes());
      values.add(differing);
      assertEquals(5_000, index.intern(differing));
      for (int i = 5_001; i < 6_000; i++) {
        values.add(i % 2 == 0 ? String.format("C%07d", i * 7) : "C" + i);
        assertEquals(i, index.intern(values.get(i)));
      }
      assertTrue(index.arrayBytes() > fixed + 4L * 5_000, "offsets are kept once a string differs: " + differing);
      index.trim();
      for (int i = 0; i < values.size(); i++) {
        assertEquals(values.get(i), index.get(i), differing);
        assertEquals(i, index.indexOf(new String(values.get(i).toCharArray())), differing);
      }
      assertEquals(-1, index.indexOf("C0000001"));
    }
  }

  @Test
  void aLatin1StringAndItsUtf16TwinOfTheSameByteLengthDiffer() {
    StringIndex index = new StringIndex();
    assertEquals(0, index.intern("ab"));
    assertEquals(1, index.intern("\u20ac"));  // two bytes as UTF-16, like "ab" as Latin-1
    assertEquals(2, index.intern("cd"));
    assertEquals("\u20ac", index.get(1));
    assertEquals(2, index.indexOf("cd"));
  }

  @Test
  void candidatesLeadToTheStringOrShowItIsAbsentEvenAmongEqualHashCodes() {
    System.out.println("seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    StringIndex index = new StringIndex();
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String value = randomString(random);
      probes.add(value);
      if (random.nextBoolean()) {
        index.intern(value);
      }
    }
    // "Aa" and "BB" have one hash code, and so have all strings made of n of them: 2^n strings per hash.
    for (int i = 0; i < 64; i++) {
      String colliding = Integer.toBinaryString(64 + i).substring(1).replace("0", "Aa").replace("1", "BB");
      probes.add(colliding);
      if (i % 3 != 0) {
        index.intern(colliding);
      }
    }
    int[] hashes = probes.stream().mapToInt(String::hashCode).toArray();
    int[] candidates = new int[probes.size()];
    index.findCandidates(hashes, 0, probes.size(), candidates);
    for (int i = 0; i < probes.size(); i++) {
      String probe = new String(probes.get(i).toCharArray());
      int expected = index.indexOf(probe);
      int candidate = candidates[i];
      if (candidate < 0) {
        assertEquals(-1, expected, "seed " + SEED + ", probe " + i + ": no candidate, yet present");
      } else if (index.matches(candidate, probe)) {
        assertEquals(expected, candidate, "seed " + SEED + ", probe " + i);
      } else {
        assertEquals(hashes[i], probe.hashCode());
        assertTrue(expected != candidate, "seed " + SEED + ", probe " + i);
      }
    }
  }

  private static String randomString(SplittableRandom random) {
    int length = 1 + random.nextInt(random.nextInt(8) == 0 ? 200 : 12);
    StringBuilder value = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(20);
      value.append(kind == 0 ? (char) (0x100 + random.nextInt(0x2000)) : kind == 1 ? (char) (0x80 + random.nextInt(0x80))
          : (char) ('0' + random.nextInt(75)));
    }
    return value.toString();
  }
}

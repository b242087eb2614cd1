package io.retentionkit.clv;

import java.util.Arrays;

/**
 * Numbers the distinct (x, T) pairs of many customers, so that a quantity depending only on them (the
 * expected transactions of an active customer) is computed once per pair rather than once per customer.
 * An open-addressing hash table keyed by x and the bits of T: no boxing, linear in the input.
 */
final class PairIndex {
  final int[] groupOf;
  final int[] groupX;
  final double[] groupAge;
  final int groups;

  PairIndex(int[] x, double[] age) {
    int n = x.length;
    int capacity = Integer.highestOneBit(Math.max(16, 2 * n)) << 1;
    int mask = capacity - 1;
    int[] slotGroup = new int[capacity];
    Arrays.fill(slotGroup, -1);
    groupOf = new int[n];
    int[] gx = new int[Math.min(n, 1024)];
    double[] ga = new double[gx.length];
    int count = 0;
    for (int i = 0; i < n; i++) {
      double t = age[i] + 0.0; // −0.0 and 0.0 are one age
      long bits = Double.doubleToLongBits(t);
      int slot = mix(x[i], bits) & mask;
      while (true) {
        int g = slotGroup[slot];
        if (g < 0) {
          if (count == gx.length) {
            gx = Arrays.copyOf(gx, 2 * count);
            ga = Arrays.copyOf(ga, 2 * count);
          }
          gx[count] = x[i];
          ga[count] = t;
          slotGroup[slot] = count;
          groupOf[i] = count++;
          break;
        }
        if (gx[g] == x[i] && Double.doubleToLongBits(ga[g]) == bits) {
          groupOf[i] = g;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    groups = count;
    groupX = Arrays.copyOf(gx, count);
    groupAge = Arrays.copyOf(ga, count);
  }

  private static int mix(int x, long bits) {
    long h = (bits ^ (bits >>> 29) ^ ((long) x * 0x9E3779B97F4A7C15L)) * 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 31));
  }
}

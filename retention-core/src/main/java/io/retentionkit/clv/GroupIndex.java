package io.retentionkit.clv;

import java.util.Arrays;

/**
 * Numbers the distinct (x, T) pairs or (x, t_x, T) histories of many customers, so that a quantity that
 * depends only on them is computed once per group rather than once per customer: the expected transactions
 * of an active customer depend on (x, T), P(alive) on (x, t_x, T). Real summaries have whole-day times, and
 * discrete-time data whole numbers of opportunities, so a million customers form far fewer groups. An
 * open-addressing hash table keyed by x and the bits of the times: no boxing, linear in the input.
 */
final class GroupIndex {
  /** The group of each customer. */
  final int[] groupOf;
  /** x of each group. */
  final int[] groupX;
  /** t_x of each group; 0 when grouping by pairs. */
  final double[] groupLastPurchaseTime;
  /** T of each group. */
  final double[] groupAge;
  /** The number of groups. */
  final int groups;

  private GroupIndex(int[] x, double[] lastPurchaseTime, double[] age) {
    int n = x.length;
    int capacity = Integer.highestOneBit(Math.max(16, 2 * n)) << 1;
    int mask = capacity - 1;
    int[] slotGroup = new int[capacity];
    Arrays.fill(slotGroup, -1);
    groupOf = new int[n];
    int[] gx = new int[Math.min(n, 1024)];
    double[] gt = new double[gx.length];
    double[] ga = new double[gx.length];
    int count = 0;
    for (int i = 0; i < n; i++) {
      // −0.0 and 0.0 are one time
      double t = lastPurchaseTime == null ? 0 : lastPurchaseTime[i] + 0.0;
      double a = age[i] + 0.0;
      long tBits = Double.doubleToLongBits(t);
      long aBits = Double.doubleToLongBits(a);
      int slot = mix(x[i], tBits, aBits) & mask;
      while (true) {
        int g = slotGroup[slot];
        if (g < 0) {
          if (count == gx.length) {
            gx = Arrays.copyOf(gx, 2 * count);
            gt = Arrays.copyOf(gt, 2 * count);
            ga = Arrays.copyOf(ga, 2 * count);
          }
          gx[count] = x[i];
          gt[count] = t;
          ga[count] = a;
          slotGroup[slot] = count;
          groupOf[i] = count++;
          break;
        }
        if (gx[g] == x[i] && Double.doubleToLongBits(ga[g]) == aBits && Double.doubleToLongBits(gt[g]) == tBits) {
          groupOf[i] = g;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    groups = count;
    groupX = Arrays.copyOf(gx, count);
    groupLastPurchaseTime = Arrays.copyOf(gt, count);
    groupAge = Arrays.copyOf(ga, count);
  }

  /** Groups customers by (x, T). */
  static GroupIndex byPair(int[] x, double[] age) {
    return new GroupIndex(x, null, age);
  }

  /** Groups customers by (x, t_x, T). */
  static GroupIndex byHistory(int[] x, double[] lastPurchaseTime, double[] age) {
    return new GroupIndex(x, lastPurchaseTime, age);
  }

  private static int mix(int x, long tBits, long aBits) {
    long h = (aBits ^ (aBits >>> 29) ^ ((long) x * 0x9E3779B97F4A7C15L)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ tBits ^ (tBits >>> 31)) * 0x94D049BB133111EBL;
    return (int) (h ^ (h >>> 31));
  }
}

package io.retentionkit.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * The order ids seen so far in one import, each with the line it first appeared on, to reject duplicates.
 *
 * <p>Why not a {@code HashMap<String, Long>}: an export of ten million orders would spend over a gigabyte
 * on entry objects, defeating the point of a streaming import. Here an id costs its UTF-8 bytes plus about
 * 30 bytes: the ids are packed into one byte array, found through an open-addressing table whose slots
 * hold an entry number and the id's hash, so that a probe only reads the packed bytes when the hashes
 * agree. Ids are compared exactly, so two different ids are never taken for duplicates.
 */
final class OrderIdRegistry {
  private static final long EMPTY = 0;

  private byte[] bytes = new byte[1 << 12];
  private int bytesUsed;
  private int[] starts = new int[1 << 8]; // entry -> offset of its id in bytes; the next entry's start ends it
  private long[] lines = new long[1 << 8];
  private int size;
  private long[] table = new long[1 << 9]; // slot -> hash << 32 | (entry + 1), or EMPTY

  /**
   * Records {@code id} as first seen on {@code line}, unless it was seen before.
   *
   * @return the line {@code id} was first seen on, or 0 if it is new
   */
  long firstLineOrAdd(String id, long line) {
    byte[] key = id.getBytes(UTF_8);
    int hash = hash(key);
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long occupant = table[slot];
      if (occupant == EMPTY) {
        table[slot] = slotValue(hash, add(key, line));
        if (size * 2 > table.length) {
          rehash();
        }
        return 0;
      }
      int entry = (int) occupant - 1;
      if ((int) (occupant >>> 32) == hash && matches(entry, key)) {
        return lines[entry];
      }
    }
  }

  private static long slotValue(int hash, int entry) {
    return (long) hash << 32 | (entry + 1L);
  }

  private int add(byte[] key, long line) {
    if (size + 1 >= starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    if (bytesUsed + key.length > bytes.length) {
      long needed = Math.max((long) bytes.length * 2, (long) bytesUsed + key.length);
      if (needed > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("order ids must fit in 2 GiB of memory: too many distinct orders");
      }
      bytes = Arrays.copyOf(bytes, (int) needed);
    }
    System.arraycopy(key, 0, bytes, bytesUsed, key.length);
    starts[size] = bytesUsed;
    lines[size] = line;
    bytesUsed += key.length;
    starts[size + 1] = bytesUsed;
    return size++;
  }

  private boolean matches(int entry, byte[] key) {
    return Arrays.equals(bytes, starts[entry], starts[entry + 1], key, 0, key.length);
  }

  private void rehash() {
    long[] bigger = new long[table.length * 2];
    int mask = bigger.length - 1;
    for (long occupant : table) {
      if (occupant != EMPTY) {
        int slot = (int) (occupant >>> 32) & mask;
        while (bigger[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        bigger[slot] = occupant;
      }
    }
    table = bigger;
  }

  private static int hash(byte[] key) {
    int h = 1;
    for (byte b : key) {
      h = 31 * h + b;
    }
    // MurmurHash3's finaliser: spreads sequential ids ("1001", "1002", ...) over the whole table.
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}

package io.retentionkit.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The order ids seen so far in one import, each with the line it first appeared on, to reject duplicates.
 *
 * <p>Why not a {@code HashMap<String, Long>}: an export of ten million orders would spend over a gigabyte
 * on entry objects, defeating the point of a streaming import. Here an id costs its UTF-8 bytes plus 12 to
 * 16 bytes: each id is a record in 1 MiB pages (its length, its bytes and its line, the numbers as
 * variable-length integers: 5 bytes in all for a line below 268 million), found through an open-addressing table
 * whose slots hold the record's position and 8 bits of the id's hash (5 bytes a slot), so that a probe reads
 * a record only when those bits agree. The table fills 47 to 70 % of its slots and grows by half, and the
 * pages are never copied, so growing needs little more than the new table, and no array is so large that a
 * small heap cannot place it. (The earlier layout, a table of {@code long}s at most half full and arrays
 * that doubled, cost about 30 bytes besides the id, and twice that while growing: the largest part of a
 * two-pass command's heap.) Ids are compared exactly, so two different ids are never taken for duplicates.
 */
final class OrderIdRegistry {
  private static final int PAGE_BITS = 20;
  /** A page of records: 1 MiB, so that no page is a humongous object for a small heap's collector. */
  private static final int PAGE_SIZE = 1 << PAGE_BITS;
  /** Records up to this size go in pages; the rare longer id (a hostile file) is kept in a map instead. */
  private static final int MAX_PAGED_RECORD = PAGE_SIZE / 16;
  /** Positions are an {@code int}; the last page must end below its maximum. */
  private static final int MAX_PAGES = (Integer.MAX_VALUE >> PAGE_BITS) - 1;
  private static final double MAX_LOAD = 0.7;

  private byte[][] pages = new byte[0][];
  /** The position of the next record: page × {@link #PAGE_SIZE} + offset. */
  private int end;
  private int size;
  /** Slot → 1 + the position of its record, or 0 for an empty slot. */
  private int[] table = new int[64];
  /** Slot → the low 8 bits of its id's hash. */
  private byte[] tags = new byte[64];
  /** The ids too long for a page, with their first lines. */
  private final Map<String, Long> longIds = new HashMap<>();

  /**
   * Records {@code id} as first seen on {@code line}, unless it was seen before.
   *
   * @param line a positive line number
   * @return the line {@code id} was first seen on, or 0 if it is new
   */
  long firstLineOrAdd(String id, long line) {
    byte[] key = id.getBytes(UTF_8);
    if (key.length > MAX_PAGED_RECORD - 2 * 10) { // room for the two numbers, at most 10 bytes each
      Long first = longIds.putIfAbsent(id, line);
      return first == null ? 0 : first;
    }
    int hash = hash(key, 0, key.length);
    byte tag = (byte) hash;
    int capacity = table.length;
    for (int slot = slotOf(hash, capacity); ; slot = slot + 1 == capacity ? 0 : slot + 1) {
      int occupant = table[slot];
      if (occupant == 0) {
        table[slot] = append(key, line) + 1;
        tags[slot] = tag;
        if (++size > capacity * MAX_LOAD) {
          grow();
        }
        return 0;
      }
      if (tags[slot] == tag && matches(occupant - 1, key)) {
        return lineOf(occupant - 1);
      }
    }
  }

  /** Returns the slot a hash starts probing at: the hash scaled to the capacity, which need not be a power of 2. */
  private static int slotOf(int hash, int capacity) {
    return (int) (((hash & 0xFFFF_FFFFL) * capacity) >>> 32);
  }

  /** Appends a record of {@code key} first seen on {@code line}; returns its position. */
  private int append(byte[] key, long line) {
    int length = varintLength(key.length) + key.length + varintLength(line);
    int page = end >>> PAGE_BITS;
    int offset = end & (PAGE_SIZE - 1);
    if (offset + length > PAGE_SIZE) { // the record does not fit the page's rest: start the next page
      page++;
      offset = 0;
    }
    if (page >= pages.length || pages[page] == null) {
      if (page >= MAX_PAGES) {
        throw new IllegalStateException("order ids must fit in 2 GiB of memory: too many distinct orders");
      }
      if (page >= pages.length) {
        pages = Arrays.copyOf(pages, Math.max(4, pages.length * 2));
      }
      pages[page] = new byte[PAGE_SIZE];
    }
    byte[] bytes = pages[page];
    int at = writeVarint(bytes, offset, key.length);
    System.arraycopy(key, 0, bytes, at, key.length);
    writeVarint(bytes, at + key.length, line);
    int position = (page << PAGE_BITS) | offset;
    end = position + length;
    return position;
  }

  private boolean matches(int position, byte[] key) {
    byte[] bytes = pages[position >>> PAGE_BITS];
    int offset = position & (PAGE_SIZE - 1);
    int length = (int) readVarint(bytes, offset);
    int at = offset + varintLength(length);
    return length == key.length && Arrays.equals(bytes, at, at + length, key, 0, length);
  }

  private long lineOf(int position) {
    byte[] bytes = pages[position >>> PAGE_BITS];
    int offset = position & (PAGE_SIZE - 1);
    int length = (int) readVarint(bytes, offset);
    return readVarint(bytes, offset + varintLength(length) + length);
  }

  /** Grows the table by half, placing every record again by its hash, read back from its page. */
  private void grow() {
    int capacity = table.length + (table.length >> 1);
    int[] grownTable = new int[capacity];
    byte[] grownTags = new byte[capacity];
    for (int slot = 0; slot < table.length; slot++) {
      int occupant = table[slot];
      if (occupant != 0) {
        int position = occupant - 1;
        byte[] bytes = pages[position >>> PAGE_BITS];
        int offset = position & (PAGE_SIZE - 1);
        int length = (int) readVarint(bytes, offset);
        int at = offset + varintLength(length);
        int target = slotOf(hash(bytes, at, at + length), capacity);
        while (grownTable[target] != 0) {
          target = target + 1 == capacity ? 0 : target + 1;
        }
        grownTable[target] = occupant;
        grownTags[target] = tags[slot];
      }
    }
    table = grownTable;
    tags = grownTags;
  }

  private static int varintLength(long value) {
    int length = 1;
    for (long rest = value >>> 7; rest != 0; rest >>>= 7) {
      length++;
    }
    return length;
  }

  /** Writes {@code value}, 7 bits a byte from the lowest, the high bit marking a byte that is not the last. */
  private static int writeVarint(byte[] bytes, int offset, long value) {
    int at = offset;
    long rest = value;
    while ((rest & ~0x7FL) != 0) {
      bytes[at++] = (byte) ((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    bytes[at++] = (byte) rest;
    return at;
  }

  private static long readVarint(byte[] bytes, int offset) {
    long value = 0;
    int shift = 0;
    for (int at = offset; ; at++, shift += 7) {
      byte b = bytes[at];
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  private static int hash(byte[] key, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + key[i];
    }
    // MurmurHash3's finaliser: spreads sequential ids ("1001", "1002", ...) over the whole table.
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}

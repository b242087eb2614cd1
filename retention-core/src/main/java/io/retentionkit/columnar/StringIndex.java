package io.retentionkit.columnar;

import static io.retentionkit.internal.Checks.requireArgument;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns strings as dense indexes 0, 1, 2, ... in order of first appearance, with an open-addressing
 * hash table of primitive {@code int}s (no boxing, no per-entry objects) and the text itself packed into
 * one byte array: Latin-1 strings take one byte per character, others two (UTF-16, as the JDK's compact
 * strings do). While every string is Latin-1 and of one length (as ids such as {@code "C0000001"} or
 * UUIDs are), string {@code i} starts at {@code i} times that length and no offsets are kept; after the
 * first string that differs, each has a 4-byte offset. A customer id such as {@code "C0000001"} thus
 * costs 8 bytes of text and about 11 of table (each slot keeps the hash code, so that probes compare text
 * only on a likely match), and a lookup reads no offset before the text.
 *
 * <p>Mutable and not thread-safe while strings are being added; safe to read from any thread once no
 * more are added and it has been safely published (as {@link OrderLog} does through final fields).
 */
final class StringIndex {
  /** The table grows beyond a load of 3/4: short probe sequences, at most 21 bytes of table per entry. */
  private static final int MAX_LOAD_PERCENT = 75;

  private byte[] text = new byte[64];
  /**
   * The length in bytes of every string while all are Latin-1 and equally long, string {@code i} then
   * lying at {@code [i * fixedBytes, (i + 1) * fixedBytes)}; 0 before the first string, -1 once one
   * differs, from when {@link #ends} is kept.
   */
  private int fixedBytes;
  /**
   * Once {@link #fixedBytes} is -1, {@code ends[i]} is where string {@code i}'s bytes end in {@code text};
   * it starts at {@code ends[i - 1]}. Empty before.
   */
  private int[] ends = new int[0];
  /** Bit {@code i} is set when string {@code i} is stored as UTF-16 rather than Latin-1. */
  private long[] utf16 = new long[1];
  private int size;
  /**
   * Entries are the string's hash code in the high half and {@code index + 1} in the low half, so that a
   * probe skips other strings without reading their text; 0 marks an empty slot. The length is a power of
   * two.
   */
  private long[] slots = new long[16];
  private int shift = Integer.SIZE - 4;
  /**
   * The strings themselves, by index, in an index that keeps them ({@link #retainingStrings}); else null.
   * A small dictionary that is probed for every row (an order attribute's values) compares with
   * {@link String#equals}, which first checks for the very same instance and otherwise compares whole
   * words, instead of character by character against the packed text.
   */
  private String[] strings;

  /** Returns an empty index that packs its strings' text only. */
  StringIndex() {}

  /**
   * Returns an empty index that also keeps the strings added, for a small dictionary looked up once per
   * row: it matches faster and hands out the strings added.
   */
  static StringIndex retainingStrings() {
    StringIndex index = new StringIndex();
    index.strings = new String[16];
    return index;
  }

  /**
   * Returns the index of {@code value}, adding it if it is new.
   *
   * @param value the string
   * @return its index
   * @throws IllegalArgumentException if the packed text would exceed 2 GiB
   */
  int intern(String value) {
    return intern(value, value.hashCode());
  }

  /**
   * Returns the index of {@code value}, whose {@link String#hashCode()} is {@code hash}, adding it if it
   * is new: for callers that computed the hash earlier, in parallel.
   *
   * @param value the string
   * @param hash its hash code
   * @return its index
   * @throws IllegalArgumentException if the packed text would exceed 2 GiB
   */
  int intern(String value, int hash) {
    int mask = slots.length - 1;
    for (int slot = spread(hash); ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        int index = add(value);
        slots[slot] = entry(hash, index);
        if ((long) size * 100 > (long) slots.length * MAX_LOAD_PERCENT) {
          rehash();
        }
        return index;
      }
      if ((int) (entry >>> 32) == hash && matches((int) entry - 1, value)) {
        return (int) entry - 1;
      }
    }
  }

  /**
   * Finds, for each string with hash code {@code hashes[i]}, {@code from <= i < to}, the index of the first
   * string of the same hash code in its probe sequence, or -1 where the sequence ends before one (the
   * string is not in the index), into {@code candidates[i - from]}: the string is then either that
   * candidate ({@link #matches}) or, rarely, another string further on ({@link #indexOf}). The table slots,
   * offsets and text are read in tight passes over the batch, each with little besides its loads, so that
   * a core keeps many of their cache misses in flight at once, where looking the strings up one by one
   * would take them one after another.
   *
   * @return a value computed from what was read, for the caller to keep so the reads are not elided
   */
  long findCandidates(int[] hashes, int from, int to, int[] candidates) {
    long sink = 0;
    for (int i = from; i < to; i++) {
      sink += slots[spread(hashes[i])];
    }
    int mask = slots.length - 1;
    for (int i = from; i < to; i++) {
      int hash = hashes[i];
      int candidate = -1;
      for (int slot = spread(hash); slots[slot] != 0; slot = (slot + 1) & mask) {
        if ((int) (slots[slot] >>> 32) == hash) {
          candidate = (int) slots[slot] - 1;
          break;
        }
      }
      candidates[i - from] = candidate;
    }
    for (int i = 0; i < to - from; i++) {
      if (candidates[i] >= 0 && fixedBytes < 0) {
        sink += ends[candidates[i]];
      }
    }
    for (int i = 0; i < to - from; i++) {
      if (candidates[i] >= 0) {
        sink += text[start(candidates[i])];
      }
    }
    return sink;
  }

  /**
   * Reads, without changing anything, the table slots where those of {@code values[from, to)} (with hash
   * codes {@code hashes}) that were not found ({@code indexes[i] < 0}) will be added, so that the cache
   * misses of adding them overlap.
   *
   * @return a value computed from what was read, for the caller to keep so the reads are not elided
   */
  int prefetchAbsent(String[] values, int[] hashes, int[] indexes, int from, int to) {
    int sink = 0;
    for (int i = from; i < to; i++) {
      if (indexes[i] < 0) {
        sink += (int) slots[spread(hashes[i])] + values[i].length();
      }
    }
    return sink;
  }

  /**
   * Returns the index of {@code value}, or -1 if it was never added.
   *
   * @param value the string
   * @return its index or -1
   */
  int indexOf(String value) {
    return indexOf(value, value.hashCode());
  }

  /**
   * Returns the index of {@code value}, whose {@link String#hashCode()} is {@code hash}, or -1 if it was
   * never added. It only reads, so several threads may look up at once while nothing is added.
   *
   * @param value the string
   * @param hash its hash code
   * @return its index or -1
   */
  int indexOf(String value, int hash) {
    int mask = slots.length - 1;
    for (int slot = spread(hash); ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash && matches((int) entry - 1, value)) {
        return (int) entry - 1;
      }
    }
  }

  /**
   * Returns string {@code index}.
   *
   * @param index an index below {@link #size()}
   * @return a string equal to the one added
   */
  String get(int index) {
    if (strings != null) {
      return strings[index];
    }
    int start = start(index);
    return new String(text, start, end(index) - start,
        isUtf16(index) ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
  }

  /** Returns how many distinct strings were added. */
  int size() {
    return size;
  }

  /** Returns the bytes of packed text the strings take. */
  long textBytes() {
    return start(size);
  }

  /** Shrinks the arrays to what the strings need; call once no more are added. */
  void trim() {
    text = Arrays.copyOf(text, start(size));
    if (fixedBytes < 0) {
      ends = Arrays.copyOf(ends, size);
    }
    utf16 = Arrays.copyOf(utf16, (size + 63) >>> 6);
    if (strings != null) {
      strings = Arrays.copyOf(strings, size);
    }
  }

  /**
   * Returns the bytes this index holds in its arrays, for memory reports; retained strings count with
   * their reference and, as {@code String} objects of a compressed-oops heap, 24 bytes and a 16-byte array
   * header beside their text.
   */
  long arrayBytes() {
    long bytes = text.length + 4L * ends.length + 8L * utf16.length + 8L * slots.length;
    return strings == null ? bytes : bytes + 4L * strings.length + 40L * size + textBytes();
  }

  private int add(String value) {
    int length = value.length();
    boolean latin1 = isLatin1(value);
    if (size == 0) {
      fixedBytes = latin1 && length > 0 ? length : -1;
    } else if (fixedBytes > 0 && (!latin1 || length != fixedBytes)) {
      keepEnds();
    }
    int start = start(size);
    long end = start + (latin1 ? (long) length : 2L * length);
    requireArgument(end <= Integer.MAX_VALUE - 8, "strings must fit in 2 GiB of text: %d strings", size);
    if (end > text.length) {
      text = Arrays.copyOf(text, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, text.length + (text.length >> 1))));
    }
    if (fixedBytes < 0 && size == ends.length) {
      ends = Arrays.copyOf(ends, Math.max(16, size + (size >> 1)));
    }
    if ((size >>> 6) == utf16.length) {
      utf16 = Arrays.copyOf(utf16, Math.max(1, utf16.length * 2));
    }
    if (strings != null) {
      if (size == strings.length) {
        strings = Arrays.copyOf(strings, size + (size >> 1));
      }
      strings[size] = value;
    }
    if (latin1) {
      for (int i = 0; i < length; i++) {
        text[start + i] = (byte) value.charAt(i);
      }
    } else {
      for (int i = 0; i < length; i++) {
        char c = value.charAt(i);
        text[start + 2 * i] = (byte) (c >>> 8);
        text[start + 2 * i + 1] = (byte) c;
      }
      utf16[size >>> 6] |= 1L << size;
    }
    if (fixedBytes < 0) {
      ends[size] = (int) end;
    }
    return size++;
  }

  /** Leaves the equal-length layout, now that a string differs: writes down where each string ends. */
  private void keepEnds() {
    ends = new int[Math.max(16, size + (size >> 1))];
    for (int i = 0; i < size; i++) {
      ends[i] = (i + 1) * fixedBytes;
    }
    fixedBytes = -1;
  }

  /** Returns whether string {@code index} equals {@code value}. */
  boolean matches(int index, String value) {
    if (strings != null) {
      return strings[index].equals(value);
    }
    int start = start(index);
    int bytes = end(index) - start;
    int length = value.length();
    if (isUtf16(index)) {
      if (bytes != 2 * length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (charAt(start, i, true) != value.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    if (bytes != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if ((char) (text[start + i] & 0xFF) != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Moves the entries into a table twice as large. The slot is the mixed hash's high bits, so entries
   * taken in slot order land in ascending slots of the new table: the moves write it in sequence.
   */
  private void rehash() {
    long[] old = slots;
    slots = new long[2 * old.length];
    shift--;
    int mask = slots.length - 1;
    for (long entry : old) {
      if (entry != 0) {
        int slot = spread((int) (entry >>> 32));
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
      }
    }
  }

  private static long entry(int hash, int index) {
    return (long) hash << 32 | (index + 1L);
  }

  private char charAt(int start, int i, boolean wide) {
    return wide
        ? (char) (((text[start + 2 * i] & 0xFF) << 8) | (text[start + 2 * i + 1] & 0xFF))
        : (char) (text[start + i] & 0xFF);
  }

  /** Fibonacci hashing: the high bits of the product, so that similar hash codes land far apart. */
  private int spread(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private int start(int index) {
    return fixedBytes > 0 ? index * fixedBytes : index == 0 ? 0 : ends[index - 1];
  }

  private int end(int index) {
    return fixedBytes > 0 ? (index + 1) * fixedBytes : ends[index];
  }

  private boolean isUtf16(int index) {
    return (utf16[index >>> 6] & (1L << index)) != 0;
  }

  private static boolean isLatin1(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }
}

package io.retentionkit.columnar;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The text of a run of consecutive rows that the primitive builder has appended but not yet coded: their
 * customer ids and attribute values, collected as the rows come and then coded together, in the
 * background while the builder's caller appends the next run ({@link OrderLogBuilder}). Customer ids are
 * hashed and looked up in parallel, with the index's entries read ahead so that the cache misses of many
 * lookups in a table larger than the cache overlap; only the ids not found are then added, in row order,
 * by the builder. Attribute values are coded in row order, so that each attribute's dictionary numbers
 * its values as they first appear.
 */
final class PendingRows {
  /** Ids whose new table slots are read at once when they are added: about as many misses as a core overlaps. */
  static final int READ_AHEAD = 32;
  /** Ids looked up at once ({@link StringIndex#readAhead}); their slots and text stay in the L2 cache. */
  private static final int LOOKUP_BATCH = 128;
  /** Customer ids a thread looks up before it takes the next chunk: 16 batches. */
  private static final int LOOKUP_CHUNK = 16 * LOOKUP_BATCH;
  private static final int ATTRIBUTES = OrderAttribute.values().length;

  private final int capacity;
  private String[] ids = new String[READ_AHEAD];
  private int[] hashes = new int[READ_AHEAD];
  private int[] indexes = new int[READ_AHEAD];
  /** Per attribute, the rows' values (null for none) and then their codes; null until a row has one. */
  private final String[][] values = new String[ATTRIBUTES][];
  private final int[][] codes = new int[ATTRIBUTES][];
  private int size;
  private int firstRow;
  /** The first row of the next chunk of customer ids to look up. */
  private final AtomicInteger nextLookup = new AtomicInteger();

  /** Returns an empty run that holds at most {@code capacity} rows. */
  PendingRows(int capacity) {
    this.capacity = capacity;
  }

  /** Returns how many rows the run holds. */
  int size() {
    return size;
  }

  /** Returns whether the run holds as many rows as it can. */
  boolean isFull() {
    return size == capacity;
  }

  /** Returns the first row of the run. */
  int firstRow() {
    return firstRow;
  }

  /** Adds row {@code row}, which directly follows the run's last row, with customer {@code id}. */
  void add(int row, String id) {
    if (size == 0) {
      firstRow = row;
    }
    if (size == ids.length) {
      int grown = Math.min(capacity, 4 * ids.length);
      ids = Arrays.copyOf(ids, grown);
      hashes = Arrays.copyOf(hashes, grown);
      indexes = Arrays.copyOf(indexes, grown);
      for (int a = 0; a < ATTRIBUTES; a++) {
        if (values[a] != null) {
          values[a] = Arrays.copyOf(values[a], grown);
          codes[a] = Arrays.copyOf(codes[a], grown);
        }
      }
    }
    ids[size++] = id;
  }

  /** Sets an attribute of the run's last row, replacing a value set before. */
  void setAttribute(OrderAttribute attribute, String value) {
    int a = attribute.ordinal();
    if (values[a] == null) {
      values[a] = new String[ids.length];
      codes[a] = new int[ids.length];
    }
    values[a][size - 1] = value;
  }

  /**
   * Codes the attribute values in {@code dictionaries}, by attribute, in row order, so that each
   * dictionary numbers its values as they first appear; nothing else may use the dictionaries meanwhile.
   */
  void codeAttributes(StringIndex[] dictionaries) {
    for (int a = 0; a < ATTRIBUTES; a++) {
      String[] rowValues = values[a];
      for (int i = 0; rowValues != null && i < size; i++) {
        codes[a][i] = rowValues[i] == null ? 0 : dictionaries[a].intern(rowValues[i]) + 1;
      }
    }
  }

  /**
   * Looks up the customer ids in {@code customerIds}, which nothing may change meanwhile, on the available
   * cores, sharing the lookups with any thread that {@linkplain #helpLookUp helps}; returns what reading
   * ahead read, to be kept so that the reads are not elided.
   */
  long lookUpAll(StringIndex customerIds) {
    int threads = Math.min(ForkJoinPool.getCommonPoolParallelism(), (size + LOOKUP_CHUNK - 1) / LOOKUP_CHUNK);
    return IntStream.range(0, threads).parallel().mapToLong(thread -> helpLookUp(customerIds)).sum();
  }

  /**
   * Looks up customer ids in {@code customerIds} a chunk of rows at a time, beside the threads of
   * {@link #lookUpAll}, until none are left; returns what reading ahead read.
   */
  long helpLookUp(StringIndex customerIds) {
    long read = 0;
    for (int from = nextLookup.getAndAdd(LOOKUP_CHUNK); from < size; from = nextLookup.getAndAdd(LOOKUP_CHUNK)) {
      read += lookUp(customerIds, from, Math.min(size, from + LOOKUP_CHUNK));
    }
    return read;
  }

  private long lookUp(StringIndex index, int from, int to) {
    long read = 0;
    int[] candidates = new int[LOOKUP_BATCH];
    for (int batch = from; batch < to; batch += LOOKUP_BATCH) {
      int batchEnd = Math.min(to, batch + LOOKUP_BATCH);
      // Hashed batch by batch, so that each id's text is still in the cache when it is compared, and apart
      // from finding the candidates, whose loops must stay small to overlap their misses.
      for (int i = batch; i < batchEnd; i++) {
        hashes[i] = ids[i].hashCode();
      }
      read += index.findCandidates(hashes, batch, batchEnd, candidates);
      for (int i = batch; i < batchEnd; i++) {
        int candidate = candidates[i - batch];
        indexes[i] = candidate < 0 || index.matches(candidate, ids[i]) ? candidate : index.indexOf(ids[i], hashes[i]);
      }
    }
    return read;
  }

  /** Returns customer id {@code i} of the run, as added. */
  String id(int i) {
    return ids[i];
  }

  /** Returns the hash code of customer id {@code i}; valid once {@linkplain #lookUpAll looked up}. */
  int hash(int i) {
    return hashes[i];
  }

  /**
   * Returns the index {@link #lookUpAll} found for customer id {@code i}, or -1 if it was not in the
   * index then.
   */
  int indexFound(int i) {
    return indexes[i];
  }

  /**
   * Reads ahead the table slots where the customer ids {@code [from, to)} not found will be added;
   * returns what it read.
   */
  long prefetchAbsent(StringIndex index, int from, int to) {
    return index.prefetchAbsent(ids, hashes, indexes, from, to);
  }

  /** Writes the attribute codes of the run's rows into {@code columns}, by attribute; once coded ({@link #codeAttributes}). */
  void writeCodes(CodeColumn[] columns) {
    for (int a = 0; a < ATTRIBUTES; a++) {
      int[] rowCodes = codes[a];
      for (int i = 0; values[a] != null && i < size; i++) {
        if (rowCodes[i] != 0) {
          columns[a].set(firstRow + i, rowCodes[i]);
        }
      }
    }
  }

  /** Empties the run, letting go of its strings: the builder keeps none of its caller's strings. */
  void clear() {
    Arrays.fill(ids, 0, size, null);
    for (String[] rowValues : values) {
      if (rowValues != null) {
        Arrays.fill(rowValues, 0, size, null);
      }
    }
    size = 0;
    nextLookup.set(0);
  }
}

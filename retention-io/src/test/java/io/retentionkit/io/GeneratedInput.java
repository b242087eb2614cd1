package io.retentionkit.io;

import java.io.InputStream;
import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * An input stream whose content is generated as it is read, so tests can feed the importers files of
 * hundreds of megabytes without ever holding them; it counts the bytes handed out.
 */
final class GeneratedInput extends InputStream {
  private final LongFunction<byte[]> chunk;
  private final long chunks;
  private byte[] current;
  private int position;
  private long nextChunk;
  private long bytesRead;

  /**
   * Returns the stream of {@code head} followed by chunk 0, 1, ... {@code chunks - 1} of {@code chunk}.
   */
  GeneratedInput(byte[] head, LongFunction<byte[]> chunk, long chunks) {
    this.current = head;
    this.chunk = chunk;
    this.chunks = chunks;
  }

  /** Returns the stream of {@code head} followed by {@code filler} bytes up to about {@code size} bytes. */
  GeneratedInput(byte[] head, char filler, long size) {
    this(head, fillerChunk(filler), size / 8192);
  }

  private static LongFunction<byte[]> fillerChunk(char filler) {
    byte[] block = new byte[8192];
    Arrays.fill(block, (byte) filler);
    return i -> block;
  }

  /** Returns how many bytes have been read. */
  long bytesRead() {
    return bytesRead;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    while (position == current.length) {
      if (nextChunk == chunks) {
        return -1;
      }
      current = chunk.apply(nextChunk++);
      position = 0;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    bytesRead += n;
    return n;
  }
}

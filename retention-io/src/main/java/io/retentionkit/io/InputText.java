package io.retentionkit.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The text of one input file, guarded: strict UTF-8 (a malformed byte is an error naming its line, never a
 * replacement character), a leading byte-order mark skipped, bytes counted for progress, and a cap on the
 * characters one record may span so that a hostile file cannot exhaust the heap.
 *
 * <p>Why not {@link java.io.InputStreamReader}: it decodes ahead in blocks and, on a malformed byte, throws
 * away the characters decoded before it, so the parser never reaches the bad line and cannot name it. Here
 * the good characters are delivered first and lines are counted as they are decoded, so the error names
 * the exact line. Lines end at CR, LF or CRLF, as in the CSV and JSON parsers.
 */
final class InputText extends Reader {
  /**
   * How far the parsers may read ahead of the record they are on: their own buffers are 8 KiB at most,
   * so the cap on a record is only enforced beyond this margin.
   */
  private static final int READ_AHEAD_MARGIN = 64 * 1024;
  private static final int BUFFER_SIZE = 8192;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputStream in;
  private final String source;
  private final OptionalLong totalBytes;
  private final long maxRecordChars;
  private final CharsetDecoder decoder = UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();

  private long bytesRead;
  private long lineBreaks;
  private boolean previousWasCr;
  private boolean firstChars = true;
  private boolean endOfBytes;
  private boolean finished;
  private InputTextException pendingError;
  private long charsDelivered;
  private long recordStartChars;
  private long recordStartLine = 1;

  InputText(InputStream in, String source, OptionalLong totalBytes, int maxRecordChars) {
    this.in = in;
    this.source = source;
    this.totalBytes = totalBytes;
    this.maxRecordChars = maxRecordChars;
  }

  /** Returns the name of the input, as used in messages. */
  String source() {
    return source;
  }

  /** Returns the input's size in bytes, if known. */
  OptionalLong totalBytes() {
    return totalBytes;
  }

  /** Returns how many bytes have been read from the input so far (including read-ahead). */
  long bytesRead() {
    return bytesRead;
  }

  /**
   * Notes that the parser is starting a record on {@code line}; from here the record may span at most the
   * configured number of characters.
   */
  void markRecordStart(long line) {
    recordStartChars = charsDelivered;
    recordStartLine = line;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    charsDelivered += n;
    if (charsDelivered - recordStartChars > maxRecordChars + READ_AHEAD_MARGIN) {
      throw new InputTextException(recordStartLine, String.format(Locale.ROOT,
          "record is longer than the limit of %d characters (an unterminated quote makes the rest of "
              + "the file one record; otherwise raise the limit)", maxRecordChars));
    }
    return n;
  }

  /** Decodes the next characters; returns false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (pendingError != null) {
        chars.flip();
        throw pendingError;
      }
      if (finished) {
        chars.flip();
        return false;
      }
      readBytes();
      int before = chars.position();
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (!result.isError() && endOfBytes && result.isUnderflow()) {
        decoder.flush(chars);
        finished = true;
      }
      countLineBreaks(before, chars.position());
      if (result.isError()) {
        // Deliver what was decoded before the bad byte first, so the parser's position stays exact.
        pendingError = malformed(result);
      }
    }
    chars.flip();
    if (firstChars) {
      firstChars = false;
      if (chars.get(0) == BYTE_ORDER_MARK) {
        chars.position(1);
        return chars.hasRemaining() || fill();
      }
    }
    return true;
  }

  private void readBytes() throws IOException {
    if (endOfBytes || bytes.remaining() >= 4) {
      return; // enough for at least one complete UTF-8 sequence
    }
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfBytes = true;
      } else {
        bytes.position(bytes.position() + n);
        bytesRead += n;
      }
    } finally {
      bytes.flip();
    }
  }

  private void countLineBreaks(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = chars.get(i);
      if (c == '\r') {
        lineBreaks++;
      } else if (c == '\n' && !previousWasCr) {
        lineBreaks++;
      }
      previousWasCr = c == '\r';
    }
  }

  private InputTextException malformed(CoderResult result) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length(); i++) {
      hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i)));
    }
    return new InputTextException(lineBreaks + 1, String.format(Locale.ROOT,
        "input must be UTF-8 encoded: byte %s is not valid UTF-8 (save the file as UTF-8 and retry)", hex));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

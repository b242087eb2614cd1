package io.retentionkit.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class InputTextTest {

  private static InputText text(byte[] bytes) {
    return new InputText(new ByteArrayInputStream(bytes), "in", OptionalLong.of(bytes.length), 1 << 20);
  }

  private static String readAll(Reader reader, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  @ParameterizedTest(name = "read in chunks of {0}")
  @ValueSource(ints = {1, 3, 8191, 8192, 100_000})
  void decodesMultiByteCharactersAcrossBufferBoundaries(int chunk) throws IOException {
    // 8191 ASCII bytes put the 4-byte emoji and the 3-byte euro sign across the 8 KiB byte buffer's edge.
    String content = "a".repeat(8191) + "\uD83D\uDE00€ñ\n" + "z".repeat(20_000) + "€";
    assertEquals(content, readAll(text(content.getBytes(UTF_8)), chunk));
  }

  @Test
  void skipsALeadingByteOrderMarkOnly() throws IOException {
    assertEquals("a\uFEFFb", readAll(text("\uFEFFa\uFEFFb".getBytes(UTF_8)), 10));
    assertEquals("", readAll(text("\uFEFF".getBytes(UTF_8)), 10));
    assertEquals("", readAll(text(new byte[0]), 10));
  }

  @ParameterizedTest(name = "malformed byte after {0} lines")
  @ValueSource(ints = {0, 1, 5000, 9000})
  void deliversTheGoodTextBeforeAMalformedByteAndNamesItsLine(int lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String good = "x\r\n".repeat(lines) + "abc";
    bytes.writeBytes(good.getBytes(UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes("def\n".getBytes(UTF_8));
    InputText text = text(bytes.toByteArray());
    StringBuilder read = new StringBuilder();
    InputTextException e = assertThrows(InputTextException.class, () -> {
      char[] buffer = new char[1000];
      for (int n; (n = text.read(buffer, 0, buffer.length)) >= 0; ) {
        read.append(buffer, 0, n);
      }
    });
    assertEquals(good, read.toString());
    assertEquals(lines + 1, e.line());
    assertEquals("input must be UTF-8 encoded: byte 0xFF is not valid UTF-8 (save the file as UTF-8 and retry)",
        e.reason());
  }

  @Test
  void aSequenceCutOffByTheEndOfTheFileIsMalformed() {
    byte[] euro = "€".getBytes(UTF_8);
    byte[] cut = {'a', '\n', euro[0], euro[1]};
    InputTextException e = assertThrows(InputTextException.class, () -> readAll(text(cut), 10));
    assertEquals(2, e.line());
    assertEquals("input must be UTF-8 encoded: byte 0xE2 0x82 is not valid UTF-8 (save the file as UTF-8 and retry)",
        e.reason());
  }

  @Test
  void countsLineBreaksOfEveryConventionOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // CR, LF, CRLF (its CR ending a buffer), and a lone CR: four line breaks before the bad byte.
    bytes.writeBytes(("a\rb\n" + "c".repeat(8192 - 5) + "\r\nd\r").getBytes(UTF_8));
    bytes.write(0xC0);
    InputTextException e = assertThrows(InputTextException.class, () -> readAll(text(bytes.toByteArray()), 7));
    assertEquals(5, e.line());
  }

  @Test
  void countsTheBytesRead() throws IOException {
    byte[] bytes = "héllo".getBytes(UTF_8);
    InputText text = text(bytes);
    readAll(text, 2);
    assertEquals(6, text.bytesRead());
    assertEquals(OptionalLong.of(6), text.totalBytes());
  }
}

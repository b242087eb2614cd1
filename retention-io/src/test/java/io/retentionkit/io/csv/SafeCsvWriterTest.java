package io.retentionkit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SafeCsvWriterTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      =1+1                         | '=1+1
      +31 6 1234                   | '+31 6 1234
      -2+3                         | '-2+3
      @SUM(A1:A9)                  | '@SUM(A1:A9)
      =HYPERLINK("http://x","y")   | '=HYPERLINK("http://x","y")
      ＝1+1                         | '＝1+1
      WELCOME10                    | WELCOME10
      a=1                          | a=1
      ''                           | ''
      """)
  void neutralisesTextThatASpreadsheetWouldRunAsAFormula(String text, String safe) {
    assertEquals(safe, SafeCsvWriter.neutralize(text));
  }

  @Test
  void neutralisesLeadingTabsAndCarriageReturns() {
    assertEquals("'\t=1", SafeCsvWriter.neutralize("\t=1"));
    assertEquals("'\r=1", SafeCsvWriter.neutralize("\r=1"));
    assertEquals("", SafeCsvWriter.neutralize(""));
  }

  @Test
  void writesNumbersAsNumbersAndEverythingElseAsSafeText() {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out)) {
      csv.row("metric", "value", "note");
      csv.row("net revenue", new BigDecimal("-12.50"), "-12.50 from input");
      csv.row(List.of(-3L, -0.25, true, LocalDate.of(2024, 3, 1), "a,\"quoted\"\nvalue"));
      csv.row(new BigDecimal("1E+3"), 7, "@mention");
    }
    assertEquals("metric,value,note\r\n"
        + "net revenue,-12.50,'-12.50 from input\r\n"
        + "-3,-0.25,true,2024-03-01,\"a,\"\"quoted\"\"\nvalue\"\r\n"
        + "1000,7,'@mention\r\n", out.toString());
  }

  @Test
  void refusesNumbersThatAreNotFinite() {
    SafeCsvWriter csv = SafeCsvWriter.of(new StringWriter());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csv.row(Double.NaN));
    assertEquals("number must be finite: NaN", e.getMessage());
  }

  @Test
  void createsAUtf8File(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.csv");
    try (SafeCsvWriter csv = SafeCsvWriter.create(file)) {
      csv.row("café", "€5");
    }
    assertEquals("café,€5\r\n", Files.readString(file, StandardCharsets.UTF_8));
  }
}

package io.retentionkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RejectsCsvWriterTest {

  @Test
  void writesEveryRejectOfALenientImportSafelyAndReadably(@TempDir Path dir) throws IOException {
    Path orders = Files.writeString(dir.resolve("orders.csv"), "order_id,customer_id,placed_at,amount,currency\n"
        + "A1,c1,2024-03-01,5.00,EUR\n"
        + "=cmd|' /C calc'!A0,c1,2024-03-01,oops,EUR\n"
        + "A3,\"multi\nline\",2024-03-01,-1,EUR\n");
    Path rejectsFile = dir.resolve("rejects.csv");
    ImportSummary summary;
    try (RejectsCsvWriter rejects = RejectsCsvWriter.create(rejectsFile)) {
      summary = OrderImporter.newBuilder(InputFormat.GENERIC_CSV, Imports.AMSTERDAM).lenient(rejects).build()
          .read(orders, order -> { });
      assertEquals(2, rejects.written());
    }
    assertEquals(2, summary.recordsRejected());

    String written = Files.readString(rejectsFile);
    // The record starting with "=" is neutralised; the line stays a number; reasons and records are quoted.
    assertEquals("line,reason,record\r\n"
        + "3,\"amount must be a decimal number with a dot, like 12.34: 'oops'\","
        + "\"'=cmd|' /C calc'!A0,c1,2024-03-01,oops,EUR\"\r\n"
        + "4,amount must not be negative: '-1',\"A3,\"\"multi\nline\"\",2024-03-01,-1,EUR\"\r\n", written);
    try (CSVParser parser = CSVParser.parse(written, CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      assertEquals(3, records.size());
      assertEquals("'=cmd|' /C calc'!A0,c1,2024-03-01,oops,EUR", records.get(1).get(2));
    }
  }
}

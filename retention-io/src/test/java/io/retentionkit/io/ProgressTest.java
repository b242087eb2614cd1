package io.retentionkit.io;

import static io.retentionkit.io.Imports.AMSTERDAM;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProgressTest {

  @Test
  void reportsEveryMebibyteAndTheEndWithTheFileSize(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("orders.csv");
    int orders = 60_000; // about 3.3 MB
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("order_id,customer_id,placed_at,amount,currency\n");
      for (int i = 0; i < orders; i++) {
        out.write(String.format(Locale.ROOT, "O%09d,c%09d,2024-03-01T10:00:00Z,12.50,EUR\n", i, i % 977));
      }
    }
    long size = Files.size(file);
    List<ImportProgress> reports = new ArrayList<>();
    OrderImporter.newBuilder(InputFormat.GENERIC_CSV, AMSTERDAM).progress(reports::add).build()
        .read(file, order -> { });

    assertEquals(size / (1 << 20) + 1, reports.size(), reports::toString);
    for (int i = 0; i < reports.size() - 1; i++) {
      assertTrue(reports.get(i).bytesRead() >= (i + 1L) << 20, reports::toString);
      assertTrue(reports.get(i).recordsRead() < reports.get(i + 1).recordsRead(), reports::toString);
    }
    ImportProgress last = reports.get(reports.size() - 1);
    assertEquals(new ImportProgress(file.toString(), size, OptionalLong.of(size), orders), last);
    assertEquals(OptionalDouble.of(1.0), last.fraction());
  }

  @Test
  void aStreamOfUnknownSizeHasNoFraction() {
    List<ImportProgress> reports = new ArrayList<>();
    OrderImporter.newBuilder(InputFormat.GENERIC_CSV, AMSTERDAM).progress(reports::add).build().read(
        new ByteArrayInputStream("order_id,customer_id,placed_at,amount,currency\n".getBytes(UTF_8)), "stdin",
        order -> { });
    assertEquals(List.of(new ImportProgress("stdin", 47, OptionalLong.empty(), 0)), reports);
    assertEquals(OptionalDouble.empty(), reports.get(0).fraction());
  }
}

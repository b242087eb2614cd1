package io.retentionkit.cli;

import io.retentionkit.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The CDNOW sample (2,357 customers, 6,919 records) as the generic CSV a user would write from it: one
 * order per record, the sample id (not the master id) as the customer, the date as a local date read in UTC,
 * dollars with a dot. The standard split of the published results is calibration to 1997-09-30 and holdout
 * to 1998-06-30 in weeks, with same-day orders merged (the summarizer's default).
 */
final class Cdnow {
  static final String CALIBRATION_END = "1997-09-30";
  static final String OBSERVATION_END = "1998-06-30";

  private Cdnow() {}

  /** Writes the generic CSV of the sample to {@code dir/cdnow.csv} and returns its path as text. */
  static String csv(Path dir) {
    return csv(dir, "cdnow.csv", UnaryOperator.identity());
  }

  /** Writes the generic CSV with every sample id passed through {@code customerIds}. */
  static String csv(Path dir, String name, UnaryOperator<String> customerIds) {
    List<String> lines = new ArrayList<>();
    lines.add("order_id,customer_id,placed_at,amount,currency");
    try {
      // Columns: master id, sample id, yyyymmdd, number of CDs, dollar value.
      for (String record : Files.readAllLines(SharedData.file("CDNOW_sample.txt"), StandardCharsets.US_ASCII)) {
        String[] f = record.strip().split("\\s+");
        String date = f[2].substring(0, 4) + "-" + f[2].substring(4, 6) + "-" + f[2].substring(6);
        lines.add("r" + lines.size() + "," + customerIds.apply(f[1]) + "," + date + "," + f[4] + ",USD");
      }
      Path file = dir.resolve(name);
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

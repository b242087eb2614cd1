package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.io.ImportProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

final class StderrProgressTest {
  private static final long MS = 1_000_000L;

  private final StringWriter err = new StringWriter();
  private long now;

  @Test
  void saysNothingAboutAShortImport() {
    StderrProgress progress = new StderrProgress(new Reporter(new PrintWriter(err), false), false, () -> now);
    now = 999 * MS;
    progress.accept(report(10));
    progress.finish();

    assertEquals("", err.toString());
  }

  @Test
  void reportsALongImportAtMostOnceASecond() {
    StderrProgress progress = new StderrProgress(new Reporter(new PrintWriter(err), false), false, () -> now);
    now = 1000 * MS;
    progress.accept(report(1));
    now = 1500 * MS;
    progress.accept(report(2));
    now = 2000 * MS;
    progress.accept(report(3));
    progress.finish();

    assertEquals("retention: reading orders.csv: 25% (1.0 of 4.0 MiB), 1 records\n"
        + "retention: reading orders.csv: 75% (3.0 of 4.0 MiB), 3 records\n", err.toString());
  }

  @Test
  void overwritesItsLineOnATerminal() {
    StderrProgress progress = new StderrProgress(new Reporter(new PrintWriter(err), false), true, () -> now);
    now = 1000 * MS;
    progress.accept(report(1));
    now = 2000 * MS;
    progress.accept(report(2));
    progress.finish();

    assertEquals("\rretention: reading orders.csv: 25% (1.0 of 4.0 MiB), 1 records   "
        + "\rretention: reading orders.csv: 50% (2.0 of 4.0 MiB), 2 records   \n", err.toString());
  }

  @Test
  void namesThePassOfAnImportThatReadsTwiceAndEndsEachPassOnItsOwnLine() {
    StderrProgress progress = new StderrProgress(new Reporter(new PrintWriter(err), false), true, () -> now);
    progress.pass(1, 2);
    now = 1000 * MS;
    progress.accept(report(1));
    progress.finish(); // notes written now start on a line of their own
    progress.pass(2, 2);
    now = 2000 * MS;
    progress.accept(report(2));
    progress.finish();
    progress.finish(); // a second finish adds no empty line

    assertEquals("\rretention: reading orders.csv (pass 1 of 2): 25% (1.0 of 4.0 MiB), 1 records   \n"
        + "\rretention: reading orders.csv (pass 2 of 2): 50% (2.0 of 4.0 MiB), 2 records   \n", err.toString());
  }

  @Test
  void isSilentWhenQuiet() {
    StderrProgress progress = new StderrProgress(new Reporter(new PrintWriter(err), true), true, () -> now);
    now = 5000 * MS;
    progress.accept(report(1));
    progress.finish();

    assertEquals("", err.toString());
  }

  /** Progress of a 4 MiB file after {@code mebibytes}, with one record per mebibyte. */
  private static ImportProgress report(int mebibytes) {
    return new ImportProgress("orders.csv", mebibytes * 1024L * 1024L, OptionalLong.of(4L * 1024 * 1024), mebibytes);
  }
}

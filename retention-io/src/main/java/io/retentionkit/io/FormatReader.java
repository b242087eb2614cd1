package io.retentionkit.io;

/** Reads one export format: every record of the input becomes part of an order or a reject. */
interface FormatReader {

  /**
   * Reads {@code text} to its end, reporting orders, rejects, counts and progress to {@code run}.
   *
   * @throws ImportException if the input is unreadable, or a record is invalid in strict mode
   */
  void read(InputText text, ImportRun run);
}

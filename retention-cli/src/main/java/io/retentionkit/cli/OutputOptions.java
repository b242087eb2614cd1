package io.retentionkit.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --output} option: where a command writes its result, standard output by default. A picocli mixin. */
final class OutputOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 100,
      description = "Write the result to FILE (UTF-8) instead of standard output.")
  Optional<Path> output;

  /**
   * Refuses an output file that is one of the input files.
   *
   * @throws UserError if {@code --output} names an input
   */
  void requireDistinctFrom(InputOptions input) {
    output.ifPresent(file -> InputLoader.requireDistinct(file, "--output", input));
  }

  /**
   * Writes {@code text}, the whole result, to the output.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  void write(String text, CommandLine commandLine) {
    try (Writer out = open(commandLine)) {
      out.write(text);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Opens the output for streaming; closing the writer closes a file, or only flushes standard output.
   *
   * @throws UncheckedIOException if the file cannot be created
   */
  Writer open(CommandLine commandLine) {
    if (output.isEmpty()) {
      return new FilterWriter(commandLine.getOut()) {
        @Override
        public void close() {
          commandLine.getOut().flush();
        }
      };
    }
    try {
      return Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Returns a failure to write the output, as one readable line naming the file. */
  UncheckedIOException failure(IOException e) {
    return failure(output, e);
  }

  /** Returns a failure to write {@code file} (standard output if empty), as one readable line naming it. */
  static UncheckedIOException failure(Optional<Path> output, IOException e) {
    String reason = e instanceof NoSuchFileException ? "no such file or directory"
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getMessage();
    return new UncheckedIOException(output.map(file -> file + ": cannot be written: ").orElse("cannot write: ")
        + reason, e);
  }
}

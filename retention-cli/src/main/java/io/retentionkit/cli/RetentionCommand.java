package io.retentionkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code retention} command: the entry point of the executable jar. */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    version = "retention 0.1.0-SNAPSHOT",
    description = "Customer-retention analytics over order exports.")
public final class RetentionCommand {

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /**
   * Returns the configured command line; tests execute it without exiting the JVM.
   *
   * @return the command line
   */
  static CommandLine newCommandLine() {
    return new CommandLine(new RetentionCommand());
  }
}

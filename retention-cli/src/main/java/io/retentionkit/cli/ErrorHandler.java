package io.retentionkit.cli;

import io.retentionkit.io.ImportException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become messages and exit statuses. A usage error (a bad or missing option)
 * and a problem with the user's data or files (a malformed line, an unknown currency, a file that cannot
 * be read) are one line {@code retention: <message>} on standard error, never a stack trace; so is running
 * out of memory or stack on a large or hostile input. Anything else is a bug, reported with its stack trace
 * so that it can be fixed.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler, IExecutionStrategy {
  /** The exit status of a problem with the input: a file, a record, the currencies, its size. */
  static final int DATA_ERROR = 1;
  /** The exit status of a usage error (picocli's convention). */
  static final int USAGE_ERROR = 2;
  /** The exit status of an internal error: a bug (sysexits' EX_SOFTWARE). */
  static final int INTERNAL_ERROR = 70;
  private static final long MEBIBYTE = 1024L * 1024;

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(Reporter.PREFIX + oneLine(e.getMessage()) + " (see '" + command.getCommandSpec().qualifiedName()
        + " --help')");
    err.flush();
    return USAGE_ERROR;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (isUserError(e)) {
      err.println(Reporter.PREFIX + oneLine(message(e)));
      err.flush();
      return DATA_ERROR;
    }
    return internalError(e, err);
  }

  /**
   * Runs the command as picocli's default strategy does, and turns an {@link Error}, which picocli lets
   * through, into a status: the JVM would otherwise end with its own stack trace.
   */
  @Override
  public int execute(ParseResult parseResult) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (Error e) { // picocli handles Exceptions only
      return handleError(e, parseResult.commandSpec().commandLine());
    }
  }

  /**
   * Reports an {@link Error} thrown by a command. Running out of heap (an input too large for the memory
   * given to Java, whatever the input's format) or of stack (input nested too deeply) is a fact about the
   * input and the machine: one line and status 1. Any other error is a bug.
   */
  int handleError(Error e, CommandLine command) {
    PrintWriter err = command.getErr();
    if (e instanceof OutOfMemoryError) {
      err.println(Reporter.PREFIX + String.format(Locale.ROOT, "out of memory (%s) with a maximum Java heap of "
          + "%,d MiB: the input is too large for it; give Java more memory, e.g. 'java -Xmx4g -jar retention.jar "
          + "...' or 'JAVA_OPTS=-Xmx4g ./retention ...'", oneLine(String.valueOf(e.getMessage())),
          Runtime.getRuntime().maxMemory() / MEBIBYTE));
      err.flush();
      return DATA_ERROR;
    }
    if (e instanceof StackOverflowError) {
      err.println(Reporter.PREFIX + "out of stack space: the input is nested too deeply to be processed");
      err.flush();
      return DATA_ERROR;
    }
    return internalError(e, err);
  }

  private static int internalError(Throwable e, PrintWriter err) {
    err.println(Reporter.PREFIX + "internal error, please report it with what follows: " + e);
    e.printStackTrace(err);
    err.flush();
    return INTERNAL_ERROR;
  }

  /**
   * Returns whether {@code e} is about the user's input rather than a bug: a record or file the importers
   * refused ({@link ImportException}), a file that cannot be read or written, sums too large for exact
   * arithmetic, and the command's own checks of the data ({@link UserError}). Any other
   * {@link IllegalArgumentException} is a bug: the commands check their options and data before they reach
   * the library, so the library's own validation failing means a check is missing.
   */
  static boolean isUserError(Exception e) {
    return e instanceof UserError || e instanceof ImportException || e instanceof UncheckedIOException
        || e instanceof ArithmeticException;
  }

  private static String message(Exception e) {
    if (e instanceof ArithmeticException) {
      return "the amounts are too large to add up exactly in minor units (" + e.getMessage() + ")";
    }
    String message = e.getMessage();
    Throwable cause = e.getCause();
    if (cause != null && (message == null || message.equals(cause.toString()))) {
      return cause.getMessage() == null ? cause.toString() : cause.getMessage(); // no "java.io.IOException: "
    }
    return message == null ? e.toString() : message;
  }

  /** Keeps a message on one line and free of control characters. */
  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("\\p{Cntrl}", "?");
  }
}

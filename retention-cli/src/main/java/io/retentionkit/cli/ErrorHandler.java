package io.retentionkit.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become messages and exit statuses. A usage error (a bad or missing option)
 * and a problem with the user's data or files (a malformed line, an unknown currency, a file that cannot
 * be read) are one line {@code retention: <message>} on standard error, never a stack trace; anything else
 * is a bug, reported with its stack trace so that it can be fixed.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
  /** The exit status of a problem with the input: a file, a record, the currencies. */
  static final int DATA_ERROR = 1;
  /** The exit status of a usage error (picocli's convention). */
  static final int USAGE_ERROR = 2;
  /** The exit status of an internal error: a bug (sysexits' EX_SOFTWARE). */
  static final int INTERNAL_ERROR = 70;

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
    err.println(Reporter.PREFIX + "internal error, please report it with what follows: " + e);
    e.printStackTrace(err);
    err.flush();
    return INTERNAL_ERROR;
  }

  /**
   * Returns whether {@code e} is about the user's input rather than a bug: the importers' and the model's
   * validation ({@link IllegalArgumentException}, including {@link io.retentionkit.io.ImportException}),
   * files that cannot be read or written, sums too large for exact arithmetic, and the command's own checks.
   */
  static boolean isUserError(Exception e) {
    return e instanceof UserError || e instanceof IllegalArgumentException || e instanceof UncheckedIOException
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

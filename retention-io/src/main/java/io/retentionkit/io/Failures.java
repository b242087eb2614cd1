package io.retentionkit.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;

/**
 * Turns what the parsers throw into an {@link ImportException} naming file, line and reason, so that no
 * parser stack trace reaches a user. A genuine I/O failure (a disk error, not bad content) stays an
 * {@link UncheckedIOException}, with the file's name added.
 */
final class Failures {
  private static final Pattern CSV_LINE_PREFIX = Pattern.compile("^\\(startline \\d+\\)\\s*");
  private static final Pattern CSV_POSITION = Pattern.compile("\\s*at line: \\d+, position: \\d+$");
  // Jackson quotes the start of an unquoted word, which could be the start of personal data.
  private static final Pattern JSON_TOKEN = Pattern.compile("Unrecognized token '[^']*'");
  private static final Pattern JSON_LOCATION = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

  private Failures() {}

  /**
   * Returns the exception to throw for a failure while reading {@code source}.
   *
   * @param line the line the reader was on, used when the failure does not carry its own
   */
  static RuntimeException unreadable(String source, long line, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ImportException e) {
        return e;
      }
      if (t instanceof InputTextException e) {
        return new ImportException(source, e.line(), e.reason());
      }
      if (t instanceof CSVException e) {
        return new ImportException(source, line, csvReason(e));
      }
      if (t instanceof JsonProcessingException e) {
        return new ImportException(source, jsonLine(e, line), jsonReason(e));
      }
    }
    return new UncheckedIOException(source + ": " + failure.getMessage(),
        failure instanceof IOException io ? io : new IOException(failure));
  }

  private static String csvReason(CSVException e) {
    String message = CSV_LINE_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
    message = CSV_POSITION.matcher(message).replaceFirst("");
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "the file ends inside a quoted value: a closing quote is missing or the file is truncated";
    }
    if (message.startsWith("Invalid character between encapsulated token and delimiter")) {
      return "malformed CSV: a closing quote must be followed by a comma or the end of the line";
    }
    return "malformed CSV: " + message;
  }

  private static long jsonLine(JsonProcessingException e, long fallback) {
    JsonLocation location = e.getLocation();
    return location != null && location.getLineNr() > 0 ? location.getLineNr() : fallback;
  }

  private static String jsonReason(JsonProcessingException e) {
    if (e instanceof JsonEOFException) {
      return "the file ends inside a JSON value: it is truncated or a bracket is missing";
    }
    String message = JSON_LOCATION.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    return "malformed JSON: " + JSON_TOKEN.matcher(message).replaceAll("Unrecognized token");
  }
}

package io.retentionkit.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The elements of a JSON input that is an array (or several arrays one after another, as when pages of
 * an API are saved into one file), each read into a {@link JsonValue} with the line it starts on. Jackson's
 * streaming parser tokenises; only one element is in memory at a time. Nesting depth and string length
 * are capped, and messages never quote input text, which could be personal data.
 */
final class JsonInput {
  static final int MAX_NESTING_DEPTH = 64;

  private final InputText text;
  private final JsonParser parser;
  private final String elements;
  private boolean inArray;
  private boolean sawArray;

  private JsonInput(InputText text, JsonParser parser, String elements) {
    this.text = text;
    this.parser = parser;
    this.elements = elements;
  }

  /**
   * Starts reading {@code text}, an array of {@code elements} (e.g. "orders", for messages).
   *
   * @param maxRecordChars the longest string allowed
   */
  static JsonInput of(InputText text, int maxRecordChars, String elements) {
    JsonFactory factory = JsonFactory.builder()
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(maxRecordChars)
            .build())
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(0)
            .maxRawContentLength(0)
            .build())
        .build();
    try {
      return new JsonInput(text, factory.createParser(text), elements);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the next array element, or empty at the end of the input.
   *
   * @throws ImportException if the input is empty, not an array, or malformed
   */
  Optional<JsonValue.Located> next() {
    try {
      while (true) {
        if (!inArray) {
          JsonToken token = parser.nextToken();
          if (token == null) {
            if (!sawArray) {
              throw new ImportException(text.source(), 1, "the file is empty: expected a JSON array of " + elements);
            }
            return Optional.empty();
          }
          if (token != JsonToken.START_ARRAY) {
            throw new ImportException(text.source(), line(), String.format(Locale.ROOT,
                "the file must be a JSON array of %s (as the WooCommerce REST API returns them), not %s",
                elements, describe(token)));
          }
          inArray = true;
          sawArray = true;
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
          inArray = false;
          continue;
        }
        long line = line();
        text.markRecordStart(line);
        return Optional.of(new JsonValue.Located(line, JsonValue.read(parser)));
      }
    } catch (IOException e) {
      throw Failures.unreadable(text.source(), line(), e);
    }
  }

  private long line() {
    return Math.max(1, parser.currentTokenLocation().getLineNr());
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }
}

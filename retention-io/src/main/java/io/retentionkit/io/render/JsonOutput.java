package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Creates the JSON generators the renderers write to, so that every JSON document retentionkit writes
 * (the command line's output, a report's data) looks the same: text written to a {@link Writer}, pretty
 * printed with two-space indentation, {@code "name": value} entries and {@code \n} line ends on every
 * platform.
 *
 * <p>A renderer such as {@link MetricsJson#writeMembers} writes into a generator the caller owns, so a
 * caller can put several results and members of its own into one document.
 *
 * @since 0.1.0
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller owns the writer
      .build();

  private JsonOutput() {}

  /**
   * Returns a pretty-printing generator into {@code out}. Closing the generator flushes it but does not
   * close {@code out}.
   *
   * @param out where the JSON goes
   * @return the generator
   * @throws NullPointerException if {@code out} is null
   * @throws UncheckedIOException if the generator cannot be created
   */
  public static JsonGenerator newGenerator(Writer out) {
    requireNonNull(out, "out");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    try {
      return FACTORY.createGenerator(out).setPrettyPrinter(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one complete document to {@code out}: what {@code object} writes into a new generator, then a
   * line break. {@code out} is flushed, not closed.
   *
   * @throws NullPointerException if {@code out} is null
   * @throws UncheckedIOException if writing fails
   */
  static void document(Writer out, Consumer<JsonGenerator> object) {
    try (JsonGenerator generator = newGenerator(out)) {
      object.accept(generator);
      generator.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

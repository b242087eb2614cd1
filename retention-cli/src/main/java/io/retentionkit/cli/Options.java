package io.retentionkit.cli;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Hands option values to a library builder, whose setters validate them: a value the library refuses
 * becomes a usage error naming the option, in picocli's words ("Invalid value for option ...").
 */
final class Options {
  private final CommandLine commandLine;

  Options(CommandLine commandLine) {
    this.commandLine = commandLine;
  }

  /** Passes the value of {@code option}, if given, to {@code setter}. */
  <T> void apply(String option, Optional<T> value, Consumer<? super T> setter) {
    if (value.isPresent()) {
      apply(option, () -> setter.accept(value.get()));
    }
  }

  /** Runs {@code setter}, which applies {@code option}. */
  void apply(String option, Runnable setter) {
    convert(option, () -> {
      setter.run();
      return option;
    });
  }

  /** Returns what {@code factory} makes of the value of {@code option}; a value it refuses is a usage error. */
  <T> T convert(String option, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ParameterException(commandLine, "Invalid value for option '" + option + "': " + e.getMessage(), e);
    }
  }

  /** Builds the result; a combination the builder refuses is a usage error. */
  <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ParameterException(commandLine, e.getMessage(), e);
    }
  }
}

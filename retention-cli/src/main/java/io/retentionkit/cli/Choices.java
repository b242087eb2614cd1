package io.retentionkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value to one of the command line's choice enums, whose {@code toString()} is the name
 * users type ({@code net-at-refund-date}); picocli lists the same names in the help. Case is ignored, and
 * {@code _} may stand for {@code -}.
 *
 * @param <E> the enum
 */
final class Choices<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  private Choices(Class<E> type) {
    this.type = type;
  }

  /** Returns the converter of {@code type}. */
  static <E extends Enum<E>> Choices<E> of(Class<E> type) {
    return new Choices<>(type);
  }

  /** Returns the type this converter converts to. */
  Class<E> type() {
    return type;
  }

  @Override
  public E convert(String value) {
    String key = value.strip().replace('_', '-');
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (constant.toString().equalsIgnoreCase(key)) {
        return constant;
      }
      names.add(constant.toString());
    }
    throw new TypeConversionException(String.format(Locale.ROOT, "must be one of %s: '%s'",
        String.join(", ", names), value));
  }

  /** Returns the command-line name of an enum constant: lower case, words joined by {@code -}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

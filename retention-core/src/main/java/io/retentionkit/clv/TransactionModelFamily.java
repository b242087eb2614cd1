package io.retentionkit.clv;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The repeat-transaction models that can be chosen by name (a command-line option, a configuration file)
 * and fitted through one call.
 *
 * @since 0.1.0
 */
public enum TransactionModelFamily {
  /** {@link BgNbdModel}, short name {@code bgnbd}, display name "BG/NBD". */
  BG_NBD("bgnbd", "BG/NBD"),
  /** {@link ParetoNbdModel}, short name {@code pnbd}, display name "Pareto/NBD". */
  PARETO_NBD("pnbd", "Pareto/NBD"),
  /** {@link MbgNbdModel}, short name {@code mbgnbd}, display name "MBG/NBD". */
  MBG_NBD("mbgnbd", "MBG/NBD"),
  /**
   * {@link BgBbModel}, short name {@code bgbb}, display name "BG/BB"; its data are whole numbers of
   * opportunities.
   */
  BG_BB("bgbb", "BG/BB");

  private final String shortName;
  private final String displayName;

  TransactionModelFamily(String shortName, String displayName) {
    this.shortName = shortName;
    this.displayName = displayName;
  }

  /**
   * Returns the family's short name, which {@link TransactionModel#name()} of its models also returns.
   *
   * @return for example {@code "bgnbd"}
   */
  public String shortName() {
    return shortName;
  }

  /**
   * Returns the name the literature gives the family, as renderers show it.
   *
   * @return for example {@code "BG/NBD"} or {@code "Pareto/NBD"}
   * @since 0.1.0
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the family with the given short name, ignoring case and surrounding white space.
   *
   * @param name for example {@code "bgnbd"}
   * @return the family
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no family has that name; the message lists the valid names
   */
  public static TransactionModelFamily parse(String name) {
    requireNonNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (TransactionModelFamily family : values()) {
      if (family.shortName.equals(key)) {
        return family;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "model must be one of %s: '%s'",
        Arrays.stream(values()).map(f -> f.shortName).collect(Collectors.joining(", ")), name));
  }

  /**
   * Fits a model of this family.
   *
   * @param data the customers' (x, t_x, T) rows
   * @param options how to fit
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the data cannot support the model (see each model's {@code fit})
   */
  public ModelFit<TransactionModel> fit(WeightedSummaries data, FitOptions options) {
    ModelFit<? extends TransactionModel> fit = switch (this) {
      case BG_NBD -> BgNbdModel.fit(data, options);
      case PARETO_NBD -> ParetoNbdModel.fit(data, options);
      case MBG_NBD -> MbgNbdModel.fit(data, options);
      case BG_BB -> BgBbModel.fit(data, options);
    };
    return new ModelFit<>(fit.model(), fit.diagnostics());
  }
}

package io.retentionkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code retention clv}: the group of the customer-lifetime-value commands. */
@Command(
    name = "clv",
    header = "Customer lifetime value: fit BG/NBD, Pareto/NBD or MBG/NBD with Gamma-Gamma spend, and predict.",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = {
        "Probabilistic CLV models ('buy till you die') over the orders of a calibration period: 'fit' estimates "
            + "the models and compares them with a holdout period, 'predict' gives every customer P(alive), "
            + "expected orders, expected spend, predicted CLV, the expected next order and a churn risk."},
    subcommands = {ClvFitCommand.class, ClvPredictCommand.class},
    footer = {"", "Start with:  retention clv fit --demo"})
final class ClvCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: fit or predict");
  }
}

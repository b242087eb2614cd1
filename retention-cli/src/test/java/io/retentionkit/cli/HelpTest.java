package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.io.InputFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class HelpTest {

  @Test
  void listsTheCommandsAndHowToStart() {
    Cli.Run run = Cli.run("--help");

    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: retention [-hV] COMMAND\n"), run.out());
    for (String command : List.of("metrics", "cohort", "clv", "segments", "report", "demo")) {
      assertTrue(run.out().contains("\n  " + command + " "), command);
    }
    assertTrue(run.out().contains("Start with:  retention report --demo   (writes report.html)"), run.out());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"metrics", "cohort", "clv", "clv fit", "clv predict", "segments", "report", "demo"})
  void describesEveryOptionAndEveryChoice(String name) {
    // picocli reports help text it cannot format (a bare % sign) on the JVM's standard error.
    PrintStream original = System.err;
    ByteArrayOutputStream picocliWarnings = new ByteArrayOutputStream();
    Cli.Run run;
    try {
      System.setErr(new PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
      List<String> args = new ArrayList<>(List.of(name.split(" ")));
      args.add("--help");
      run = Cli.run(args.toArray(String[]::new));
    } finally {
      System.setErr(original);
    }
    assertEquals("", picocliWarnings.toString(StandardCharsets.UTF_8));

    assertEquals(0, run.status());
    assertEquals("", run.err());
    CommandLine subcommand = RetentionCommand.newCommandLine();
    for (String word : name.split(" ")) {
      subcommand = subcommand.getSubcommands().get(word);
    }
    CommandSpec command = subcommand.getCommandSpec();
    for (OptionSpec option : command.options()) {
      assertTrue(run.out().contains(option.longestName()), option.longestName());
      for (String choice : choices(option.auxiliaryTypes()[0])) {
        assertTrue(run.out().contains(choice), option.longestName() + " " + choice);
      }
    }
  }

  @Test
  void everyChoiceOptionConvertsFromTheNamesTheHelpShows() {
    for (CommandLine command : commands(RetentionCommand.newCommandLine())) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        Class<?> type = option.auxiliaryTypes()[0];
        if (type.isEnum() && type != InputFormat.class) { // InputFormat converts with its own parse
          assertTrue(RetentionCommand.CHOICES.stream().anyMatch(choices -> choices.type() == type),
              option.longestName() + " of " + command.getCommandName() + " needs a converter in CHOICES");
        }
      }
    }
  }

  @Test
  void predictAndReportDefineTheirSharedOptionsOnce() {
    CommandLine root = RetentionCommand.newCommandLine();
    CommandSpec predict = root.getSubcommands().get("clv").getSubcommands().get("predict").getCommandSpec();
    CommandSpec report = root.getSubcommands().get("report").getCommandSpec();
    for (String name : List.of("--horizon", "--discount-rate", "--model", "--spend", "--time-unit")) {
      OptionSpec inPredict = predict.findOption(name);
      OptionSpec inReport = report.findOption(name);
      assertEquals(List.of(inPredict.description()), List.of(inReport.description()), name);
      assertEquals(inPredict.paramLabel(), inReport.paramLabel(), name);
      assertEquals(inPredict.defaultValue(), inReport.defaultValue(), name);
      assertEquals(inPredict.type(), inReport.type(), name);
    }
  }

  /** Returns the subcommands of {@code parent}, and theirs, at any depth. */
  private static List<CommandLine> commands(CommandLine parent) {
    List<CommandLine> all = new ArrayList<>();
    for (CommandLine command : parent.getSubcommands().values()) {
      all.add(command);
      all.addAll(commands(command));
    }
    return all;
  }

  /** Returns the names users type for the values of an option of {@code type}. */
  private static List<String> choices(Class<?> type) {
    if (type == InputFormat.class) {
      return Arrays.stream(InputFormat.values()).map(InputFormat::shortName).toList();
    }
    return type.isEnum() ? Arrays.stream(type.getEnumConstants()).map(Object::toString).toList() : List.of();
  }

  @Test
  void printsTheVersion() {
    Cli.Run run = Cli.run("--version");

    assertEquals(0, run.status());
    assertTrue(run.out().matches("retention \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*\n"), run.out());
  }
}

/**
 * The {@code retention} command line: picocli wiring over {@code retention-core} and {@code retention-io},
 * with no metric logic of its own.
 *
 * <h2>Adding a command</h2>
 * <ol>
 *   <li>Write a package-private {@code @Command} class implementing {@code Callable<Integer>}, with
 *       {@code mixinStandardHelpOptions = true}, a one-line {@code header} and a {@code @Spec} field, and
 *       add it to {@link io.retentionkit.cli.RetentionCommand}'s subcommands.
 *   <li>Mix in {@link io.retentionkit.cli.InputOptions} to read orders (call {@code validate}, then
 *       {@link io.retentionkit.cli.InputLoader#load}) and {@link io.retentionkit.cli.OutputOptions} to
 *       write the result (refuse an {@code --output} over an input with {@code requireDistinctFrom}).
 *   <li>Hand option values to library builders through {@link io.retentionkit.cli.Options}, so that a
 *       refused value is a usage error naming the option; build once with
 *       {@code InputOptions.provisionalPolicy()} before loading, so that bad settings fail before a long
 *       import.
 *   <li>Render with {@code io.retentionkit.io.render}; JSON documents go through
 *       {@link io.retentionkit.cli.Documents}, which adds {@code policy} and {@code source}.
 *   <li>An option that more than one command takes is declared once, in a mixin
 *       ({@link io.retentionkit.cli.CohortOptions}, {@link io.retentionkit.cli.ClvModelOptions}, ...), so
 *       that its help and default cannot drift apart; a mixin's options keep their {@code order} in every
 *       command that mixes it in.
 *   <li>Choice options are enums nested in the command or mixin that declares them, whose
 *       {@code toString()} is the name users type; register each in
 *       {@link io.retentionkit.cli.RetentionCommand#CHOICES}.
 *   <li>Throw {@link io.retentionkit.cli.UserError} for a problem with the user's data;
 *       {@link io.retentionkit.cli.ErrorHandler} turns it, and the library's argument and I/O exceptions,
 *       into one line and exit status 1. Print notes and warnings through
 *       {@link io.retentionkit.cli.Reporter}, never on standard output.
 * </ol>
 */
package io.retentionkit.cli;

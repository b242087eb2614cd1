package io.retentionkit.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs Debian's {@code chromium} headless on a local file, with the flags that keep it off the network and
 * quiet, and its console logged to stderr; nothing to download (no npm, no Playwright).
 */
final class HeadlessChromium {
  /** Set to 1 (as {@code .ci/run} does) to fail instead of skipping when no browser is installed. */
  static final String REQUIRE_VARIABLE = "RETENTIONKIT_REQUIRE_BROWSER";
  /** Names a browser binary explicitly, overriding the search. */
  static final String BINARY_VARIABLE = "RETENTIONKIT_CHROMIUM";
  private static final List<String> CANDIDATES =
      List.of("chromium", "chromium-browser", "google-chrome-stable", "google-chrome");
  /** A console message of the page, as {@code --enable-logging=stderr} prints it: {@code INFO:CONSOLE:1] "..."}. */
  private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");
  private static final long TIMEOUT_SECONDS = 60;

  private final Path binary;
  private final Path workDirectory;

  /** What one run printed: the page's console messages and standard output. */
  record Run(List<String> consoleMessages, String stdout, String stderr) {}

  private HeadlessChromium(Path binary, Path workDirectory) {
    this.binary = binary;
    this.workDirectory = workDirectory;
  }

  /** Returns a runner of the installed browser, or empty if none is installed. */
  static Optional<HeadlessChromium> find(Path workDirectory) {
    String explicit = System.getenv(BINARY_VARIABLE);
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(new HeadlessChromium(Path.of(explicit), workDirectory));
    }
    Path debian = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(debian)) {
      return Optional.of(new HeadlessChromium(debian, workDirectory));
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator))
        .filter(directory -> !directory.isBlank())
        .flatMap(directory -> CANDIDATES.stream().map(name -> Path.of(directory, name)))
        .filter(Files::isExecutable)
        .findFirst()
        .map(found -> new HeadlessChromium(found, workDirectory));
  }

  /** Returns whether the environment demands a browser. */
  static boolean required() {
    return "1".equals(System.getenv(REQUIRE_VARIABLE));
  }

  /** Loads {@code page} and prints its DOM after parsing, as the browser built it. */
  Run dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, "dump-dom", List.of("--dump-dom"));
  }

  /** Loads {@code page} and writes a screenshot of a {@code width} × {@code height} window. */
  Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    return run(page, "screenshot", List.of("--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height));
  }

  /**
   * Runs the browser in a fresh profile, deleted afterwards; its output stays next to the page as
   * {@code <page>.<name>.stdout} and {@code .stderr} for a look after a failure.
   */
  private Run run(Path page, String name, List<String> action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDirectory, "profile");
    Path out = workDirectory.resolve(page.getFileName() + "." + name + ".stdout");
    Path err = workDirectory.resolve(page.getFileName() + "." + name + ".stderr");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0"));
    command.addAll(action);
    command.add(page.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      deleteRecursively(profile);
      throw new IllegalStateException("chromium must finish within " + TIMEOUT_SECONDS + " s: " + page);
    }
    deleteRecursively(profile);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    List<String> console = stderr.lines().filter(line -> CONSOLE.matcher(line).find()).toList();
    return new Run(console, Files.readString(out, StandardCharsets.UTF_8), stderr);
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

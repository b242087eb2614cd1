package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.Money;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.nop.NOPServiceProvider;

/** Compiles and runs the README's quick-start block and compares what it prints with the README. */
final class ReadmeQuickStartTest {

  @Test
  void quickStartCompilesRunsAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String source = block(readme, "quickstart");
    String expected = block(readme, "quickstart-output");

    Path file = dir.resolve("QuickStart.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics,
        "-Xlint:all", "-Werror", "-d", dir.toString(), "-classpath", libraryPath(), file.toString());
    assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));

    assertEquals(expected, run(dir));
  }

  /** Returns the fenced code between the README's {@code <!-- name:begin -->} and {@code <!-- name:end -->}. */
  private static String block(String readme, String name) {
    Matcher m = Pattern.compile("<!-- " + name + ":begin -->\\s*```\\w*\\n(.*?)```\\s*<!-- " + name + ":end -->",
        Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "README.md must contain the " + name + " block");
    return m.group(1);
  }

  /** The places the quick start's imports come from: retention-core and slf4j-api. */
  private static String libraryPath() {
    return Stream.of(Money.class, LoggerFactory.class)
        .map(type -> location(type).toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static String run(Path classes) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (String entry : libraryPath().split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    // An application brings its own logging backend; this one brings slf4j-nop, so SLF4J stays quiet.
    urls.add(location(NOPServiceProvider.class).toUri().toURL());
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } catch (IOException e) {
      throw new AssertionError(e);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}

package io.retentionkit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of retentionkit this module was built as, from a resource Maven filters at build time. */
final class LibraryVersion {
  private static final String CURRENT = load();

  private LibraryVersion() {}

  static String current() {
    return CURRENT;
  }

  private static String load() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties must be on the class path next to LibraryVersion");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").strip();
      if (version.isEmpty() || version.startsWith("${")) {
        throw new IllegalStateException("version.properties must hold the filtered project version: " + version);
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("version.properties could not be read", e);
    }
  }
}

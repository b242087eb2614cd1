package io.retentionkit.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.retentionkit.model.Order;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Runs imports in tests and keeps everything they produce. */
final class Imports {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private Imports() {}

  /** What one import produced. */
  record Result(List<Order> orders, List<RejectedRecord> rejects, ImportSummary summary) {}

  /** Returns the fixture {@code name}, relative to this package's test resources. */
  static Path fixture(String name) {
    try {
      return Path.of(Imports.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Result lenient(OrderImporter.Builder builder, Path file) {
    List<RejectedRecord> rejects = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    ImportSummary summary = builder.lenient(rejects::add).build().read(file, orders::add);
    return new Result(orders, rejects, summary);
  }

  static Result lenient(InputFormat format, String content) {
    return lenient(format, content.getBytes(UTF_8));
  }

  static Result lenient(InputFormat format, byte[] content) {
    List<RejectedRecord> rejects = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    ImportSummary summary = OrderImporter.newBuilder(format, AMSTERDAM).lenient(rejects::add).build()
        .read(new ByteArrayInputStream(content), "test-input", orders::add);
    return new Result(orders, rejects, summary);
  }

  static Result strict(InputFormat format, String content) {
    return strict(format, content.getBytes(UTF_8));
  }

  static Result strict(InputFormat format, byte[] content) {
    List<Order> orders = new ArrayList<>();
    ImportSummary summary = OrderImporter.newBuilder(format, AMSTERDAM).build()
        .read(new ByteArrayInputStream(content), "test-input", orders::add);
    return new Result(orders, List.of(), summary);
  }
}

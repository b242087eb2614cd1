package io.retentionkit.io;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * WooCommerce's timestamps: each comes twice, {@code <name>_gmt} in UTC and {@code <name>} in the site's
 * zone, both without an offset. The UTC one is preferred; the local one is read in the importer's zone,
 * which should be the site's.
 */
final class WooCommerceDates {
  private WooCommerceDates() {}

  /**
   * Returns the instant of field {@code name} of {@code object}, or empty if neither form is given.
   *
   * @throws InvalidRecordException if a given form is not a timestamp
   */
  static Optional<Instant> instant(JsonObject object, String name, ZoneId zone) {
    String gmt = name + "_gmt";
    Optional<String> utcText = object.text(gmt);
    if (utcText.isPresent()) {
      return Optional.of(Timestamps.parse(utcText.get(), ZoneOffset.UTC, object.path(gmt)));
    }
    return object.text(name).map(text -> Timestamps.parse(text, zone, object.path(name)));
  }

  /**
   * Returns the instant of field {@code name} of {@code object}.
   *
   * @throws InvalidRecordException if neither form is given or a given form is not a timestamp
   */
  static Instant requiredInstant(JsonObject object, String name, ZoneId zone) {
    return instant(object, name, zone).orElseThrow(() -> InvalidRecordException.of(
        "%s or %s must be given", object.path(name + "_gmt"), object.path(name)));
  }
}

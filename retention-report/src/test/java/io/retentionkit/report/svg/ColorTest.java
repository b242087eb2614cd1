package io.retentionkit.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ColorTest {

  @Test
  void parsesAndWritesHex() {
    Color color = Color.of("#2F6fAd");
    assertEquals(new Color(0x2f, 0x6f, 0xad), color);
    assertEquals("#2f6fad", color.hex());
  }

  @Test
  void rejectsMalformedColours() {
    assertEquals("colour must be written #rrggbb: red",
        assertThrows(IllegalArgumentException.class, () -> Color.of("red")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Color.of("#12345"));
    assertThrows(IllegalArgumentException.class, () -> new Color(256, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Color(0, -1, 0));
  }

  @Test
  void luminanceAndContrastFollowWcag() {
    Color black = Color.of("#000000");
    Color white = Color.of("#ffffff");
    assertEquals(0, black.luminance(), 1e-12);
    assertEquals(1, white.luminance(), 1e-12);
    assertEquals(21, black.contrastWith(white), 1e-9);
    assertEquals(Color.WHITE, Color.of("#0b3a6e").readableText());
    assertEquals(Color.INK, Color.of("#f1f6fb").readableText());
  }

  @Test
  void mixesChannelByChannelAndClamps() {
    Color a = Color.of("#000000");
    Color b = Color.of("#ff8000");
    assertEquals(Color.of("#804000"), a.mix(b, 0.5));
    assertEquals(a, a.mix(b, -3));
    assertEquals(b, a.mix(b, 7));
  }

  @Test
  void heatmapRampGetsStrictlyDarkerWithEveryStep() {
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= 100; i++) {
      double luminance = ColorRamp.BLUES.at(i / 100.0).luminance();
      assertTrue(luminance < previous, "luminance must fall at " + i + "%");
      previous = luminance;
    }
  }

  @Test
  void rampHitsItsStopsAndClampsOutOfRangeValues() {
    ColorRamp ramp = new ColorRamp(List.of(Color.of("#000000"), Color.of("#ffffff")));
    assertEquals(Color.of("#000000"), ramp.at(0));
    assertEquals(Color.of("#ffffff"), ramp.at(1));
    assertEquals(Color.of("#808080"), ramp.at(0.5));
    assertEquals(Color.of("#000000"), ramp.at(-1));
    assertEquals(Color.of("#ffffff"), ramp.at(2));
    assertEquals(Color.of("#000000"), ramp.at(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new ColorRamp(List.of(Color.WHITE)));
  }

  @Test
  void textOnEveryHeatmapColourIsReadable() {
    for (int i = 0; i <= 100; i++) {
      Color fill = ColorRamp.BLUES.at(i / 100.0);
      assertTrue(fill.contrastWith(fill.readableText()) >= 4.5, "contrast at " + i + "%");
    }
  }
}

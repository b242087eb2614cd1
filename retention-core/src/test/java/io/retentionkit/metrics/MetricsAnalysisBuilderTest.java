package io.retentionkit.metrics;

import static io.retentionkit.metrics.ShopOrders.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.model.Order;
import io.retentionkit.model.RefundPolicy;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class MetricsAnalysisBuilderTest {

  private static MetricsAnalysis.Builder builder() {
    return MetricsAnalysis.newBuilder(policy(RefundPolicy.NET_AT_ORDER_DATE));
  }

  @Test
  void defaultsAreDocumented() {
    MetricsAnalysis analysis = builder().build();

    assertEquals(365, analysis.lookBackDays());
    assertEquals(365, analysis.churnThresholdDays());
    assertEquals(90, analysis.secondPurchaseDays());
    assertEquals(0.2, analysis.paretoFraction());
    assertEquals(1.0, analysis.margin());
    assertEquals(OptionalDouble.empty(), analysis.expectedLifespan());
  }

  @Test
  void churnThresholdFollowsTheLookBackUnlessSet() {
    assertEquals(30, builder().lookBackDays(30).build().churnThresholdDays());
    assertEquals(60, builder().lookBackDays(30).churnThresholdDays(60).build().churnThresholdDays());
  }

  @Test
  void analysesWithEqualSettingsAreEqual() {
    assertEquals(builder().lookBackDays(30).build(), builder().lookBackDays(30).build());
    assertEquals(builder().lookBackDays(30).build().hashCode(), builder().lookBackDays(30).build().hashCode());
    assertNotEquals(builder().lookBackDays(30).build(), builder().build());
  }

  static Stream<Arguments> invalidSettings() {
    return Stream.of(
        Arguments.of((Executable) () -> builder().lookBackDays(0), "lookBackDays must be positive: 0"),
        Arguments.of((Executable) () -> builder().churnThresholdDays(-1), "churnThresholdDays must be positive: -1"),
        Arguments.of((Executable) () -> builder().secondPurchaseDays(0), "secondPurchaseDays must be positive: 0"),
        Arguments.of((Executable) () -> builder().paretoFraction(0), "paretoFraction must lie in (0, 1]: 0.0"),
        Arguments.of((Executable) () -> builder().paretoFraction(Double.NaN),
            "paretoFraction must lie in (0, 1]: NaN"),
        Arguments.of((Executable) () -> builder().margin(1.2), "margin must lie in (0, 1]: 1.2"),
        Arguments.of((Executable) () -> builder().expectedLifespan(Double.POSITIVE_INFINITY),
            "expectedLifespan must be positive and finite: Infinity"));
  }

  @ParameterizedTest
  @MethodSource("invalidSettings")
  void rejectsInvalidSettingsAtOnce(Executable setting, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, setting).getMessage());
  }

  @Test
  void rejectsASettingMadeTwice() {
    MetricsAnalysis.Builder builder = builder().lookBackDays(30);

    assertEquals("lookBackDays must be set only once: 30",
        assertThrows(IllegalStateException.class, () -> builder.lookBackDays(60)).getMessage());
  }

  @Test
  void rejectsNullArguments() {
    assertEquals("policy", assertThrows(NullPointerException.class, () -> MetricsAnalysis.newBuilder(null))
        .getMessage());
    assertEquals("window", assertThrows(NullPointerException.class, () -> builder().build().newAccumulator(null))
        .getMessage());
    assertEquals("orders", assertThrows(NullPointerException.class,
        () -> builder().build().analyze((Iterable<Order>) null, ShopOrders.window("2021-01-01", "2021-02-01"))).getMessage());
  }
}

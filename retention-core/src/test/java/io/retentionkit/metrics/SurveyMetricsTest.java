package io.retentionkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

final class SurveyMetricsTest {

  @Test
  void netPromoterScoreIsPromotersMinusDetractorsInPercent() {
    // promoters 9, 10, 10; passives 7, 8; detractors 0, 6, 3, 5, 6
    NetPromoterScore nps = NetPromoterScore.ofAnswers(9, 10, 10, 7, 8, 0, 6, 3, 5, 6);

    assertEquals(new NetPromoterScore(3, 2, 5), nps);
    assertEquals(10, nps.answers());
    assertEquals(OptionalDouble.of(-20.0), nps.score());
    assertEquals(Rate.of(3, 10, "unused"), nps.promoterShare());
    assertEquals(Rate.of(2, 10, "unused"), nps.passiveShare());
    assertEquals(Rate.of(5, 10, "unused"), nps.detractorShare());
  }

  @Test
  void netPromoterScoreSpansMinusToPlusHundred() {
    assertEquals(OptionalDouble.of(100.0), NetPromoterScore.ofAnswers(9, 10).score());
    assertEquals(OptionalDouble.of(-100.0), NetPromoterScore.ofAnswers(0, 6).score());
  }

  @Test
  void netPromoterScoreWithoutAnswersIsUndefined() {
    NetPromoterScore none = NetPromoterScore.ofAnswers();

    assertEquals(OptionalDouble.empty(), none.score());
    assertEquals(Optional.of("no answers were given"), none.undefinedReason());
    assertEquals(Optional.of("no answers were given"), none.promoterShare().undefinedReason());
  }

  @Test
  void netPromoterScoresOfPartsAddUp() {
    assertEquals(NetPromoterScore.ofAnswers(9, 7, 2, 10),
        NetPromoterScore.ofAnswers(9, 7).plus(NetPromoterScore.ofAnswers(2, 10)));
  }

  @Test
  void netPromoterScoreRejectsAnswersOffTheScale() {
    assertEquals("answer must lie in [0, 10]: 11",
        assertThrows(IllegalArgumentException.class, () -> NetPromoterScore.ofAnswers(3, 11)).getMessage());
    assertEquals("answer must lie in [0, 10]: -1",
        assertThrows(IllegalArgumentException.class, () -> NetPromoterScore.ofAnswers(-1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new NetPromoterScore(-1, 0, 0));
  }

  @Test
  void customerSatisfactionCountsAnswersAtOrAboveTheThreshold() {
    CustomerSatisfaction csat = CustomerSatisfaction.ofAnswers(5, 4, 3, 2, 1, 4, 5, 5);

    assertEquals(new CustomerSatisfaction(4, 5, 8), csat);
    assertEquals(Rate.of(5, 8, "unused"), csat.rate());
    assertEquals(new CustomerSatisfaction(5, 3, 8),
        CustomerSatisfaction.ofAnswersWithThreshold(5, 5, 4, 3, 2, 1, 4, 5, 5));
  }

  @Test
  void customerSatisfactionWithoutAnswersIsUndefined() {
    assertEquals(Optional.of("no answers were given"), CustomerSatisfaction.ofAnswers().rate().undefinedReason());
  }

  @Test
  void customerSatisfactionCombinesOnlyWithTheSameThreshold() {
    CustomerSatisfaction fours = CustomerSatisfaction.ofAnswers(4, 2);
    assertEquals(CustomerSatisfaction.ofAnswers(4, 2, 5), fours.plus(CustomerSatisfaction.ofAnswers(5)));

    assertEquals("thresholds must match to combine: 4 and 5", assertThrows(IllegalArgumentException.class,
        () -> fours.plus(CustomerSatisfaction.ofAnswersWithThreshold(5, 5))).getMessage());
  }

  @Test
  void customerSatisfactionRejectsAnswersAndThresholdsOffTheScale() {
    assertEquals("answer must lie in [1, 5]: 0",
        assertThrows(IllegalArgumentException.class, () -> CustomerSatisfaction.ofAnswers(0)).getMessage());
    assertEquals("threshold must lie in [1, 5]: 6", assertThrows(IllegalArgumentException.class,
        () -> CustomerSatisfaction.ofAnswersWithThreshold(6, 5)).getMessage());
  }

  @Test
  void cartAbandonmentIsOneMinusCompletedOverCreated() {
    CartAbandonment carts = CartAbandonment.of(200, 50);

    assertEquals(Rate.of(150, 200, "unused"), carts.rate());
    assertEquals(0.75, carts.rate().value().getAsDouble());
    assertEquals(CartAbandonment.of(300, 80), carts.plus(CartAbandonment.of(100, 30)));
    assertEquals(Optional.of("no carts were created"), CartAbandonment.of(0, 0).rate().undefinedReason());
  }

  @Test
  void cartAbandonmentRejectsMoreCompletedThanCreatedCarts() {
    assertEquals("cartsCompleted must not exceed cartsCreated: 12 > 10",
        assertThrows(IllegalArgumentException.class, () -> CartAbandonment.of(10, 12)).getMessage());
    assertEquals("cartsCompleted must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> CartAbandonment.of(10, -1)).getMessage());
  }
}

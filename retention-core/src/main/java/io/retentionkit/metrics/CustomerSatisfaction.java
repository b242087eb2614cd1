package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * The customer satisfaction score (CSAT) of answers on a 1–5 scale: the share of answers at or above a
 * threshold ({@value #DEFAULT_THRESHOLD} unless set, i.e. "satisfied" or "very satisfied"). Undefined
 * without answers.
 *
 * <p>Only counts are kept, so scores with the same threshold combine exactly with {@link #plus}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param threshold the lowest answer counted as satisfied, in {@code [1, 5]}
 * @param satisfied answers at or above {@code threshold}
 * @param answers all answers
 * @since 0.1.0
 */
public record CustomerSatisfaction(int threshold, long satisfied, long answers) {

  /** The default threshold: answers of 4 and 5 are satisfied. */
  public static final int DEFAULT_THRESHOLD = 4;

  /**
   * Creates a {@code CustomerSatisfaction}, validating every component.
   *
   * @param threshold the lowest answer counted as satisfied, in {@code [1, 5]}
   * @param satisfied answers at or above {@code threshold}
   * @param answers all answers
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CustomerSatisfaction {
    requireArgument(threshold >= 1 && threshold <= 5, "threshold must lie in [1, 5]: %d", threshold);
    requireArgument(satisfied >= 0 && satisfied <= answers,
        "satisfied answers must lie in [0, answers]: %d of %d", satisfied, answers);
  }

  /**
   * Returns the CSAT of the given answers with the default threshold {@value #DEFAULT_THRESHOLD}.
   *
   * @param answers answers on the 1–5 scale
   * @return the score
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException if an answer is outside {@code [1, 5]}
   */
  public static CustomerSatisfaction ofAnswers(int... answers) {
    return ofAnswersWithThreshold(DEFAULT_THRESHOLD, answers);
  }

  /**
   * Returns the CSAT of the given answers.
   *
   * @param threshold the lowest answer counted as satisfied, in {@code [1, 5]}
   * @param answers answers on the 1–5 scale
   * @return the score
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException if {@code threshold} or an answer is outside {@code [1, 5]}
   */
  public static CustomerSatisfaction ofAnswersWithThreshold(int threshold, int... answers) {
    requireNonNull(answers, "answers");
    long satisfied = 0;
    for (int answer : answers) {
      requireArgument(answer >= 1 && answer <= 5, "answer must lie in [1, 5]: %d", answer);
      if (answer >= threshold) {
        satisfied++;
      }
    }
    return new CustomerSatisfaction(threshold, satisfied, answers.length);
  }

  /**
   * Returns the CSAT of both surveys' answers together.
   *
   * @param other answers counted with the same threshold
   * @return the combined score
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the thresholds differ
   * @throws ArithmeticException if a count overflows
   */
  public CustomerSatisfaction plus(CustomerSatisfaction other) {
    requireNonNull(other, "other");
    requireArgument(threshold == other.threshold, "thresholds must match to combine: %d and %d", threshold,
        other.threshold);
    return new CustomerSatisfaction(threshold, Math.addExact(satisfied, other.satisfied),
        Math.addExact(answers, other.answers));
  }

  /**
   * Returns the share of satisfied answers: the CSAT as a fraction (multiply by 100 for the usual
   * percentage).
   *
   * @return satisfied over answers, undefined without answers
   */
  public Rate rate() {
    return Rate.of(satisfied, answers, "no answers were given");
  }
}

package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Net Promoter Score of answers to "how likely are you to recommend us?" on a 0–10 scale: promoters
 * answer 9 or 10, passives 7 or 8, detractors 0 to 6, and the score is {@code 100 × (promoters −
 * detractors) / answers}, in {@code [−100, 100]}. Undefined without answers.
 *
 * <p>Only the three counts are kept, so scores of separate surveys or partitions combine exactly with
 * {@link #plus}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param promoters answers of 9 or 10
 * @param passives answers of 7 or 8
 * @param detractors answers of 0 to 6
 * @since 0.1.0
 */
public record NetPromoterScore(long promoters, long passives, long detractors) {

  private static final String NO_ANSWERS = "no answers were given";

  /**
   * Creates a {@code NetPromoterScore}, validating every component.
   *
   * @param promoters answers of 9 or 10
   * @param passives answers of 7 or 8
   * @param detractors answers of 0 to 6
   * @throws IllegalArgumentException if a count is negative or the total overflows
   */
  public NetPromoterScore {
    requireArgument(promoters >= 0 && passives >= 0 && detractors >= 0,
        "answer counts must not be negative: %d promoters, %d passives, %d detractors",
        promoters, passives, detractors);
    requireArgument(promoters + passives >= 0 && promoters + passives + detractors >= 0,
        "answer counts must not overflow: %d promoters, %d passives, %d detractors",
        promoters, passives, detractors);
  }

  /**
   * Returns the score of the given answers.
   *
   * @param answers answers on the 0–10 scale
   * @return the score
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException if an answer is outside {@code [0, 10]}
   */
  public static NetPromoterScore ofAnswers(int... answers) {
    requireNonNull(answers, "answers");
    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    for (int answer : answers) {
      requireArgument(answer >= 0 && answer <= 10, "answer must lie in [0, 10]: %d", answer);
      if (answer >= 9) {
        promoters++;
      } else if (answer >= 7) {
        passives++;
      } else {
        detractors++;
      }
    }
    return new NetPromoterScore(promoters, passives, detractors);
  }

  /**
   * Returns the score of both surveys' answers together.
   *
   * @param other the other answers
   * @return the combined score
   * @throws NullPointerException if {@code other} is null
   * @throws ArithmeticException if a count overflows
   */
  public NetPromoterScore plus(NetPromoterScore other) {
    requireNonNull(other, "other");
    return new NetPromoterScore(Math.addExact(promoters, other.promoters), Math.addExact(passives, other.passives),
        Math.addExact(detractors, other.detractors));
  }

  /**
   * Returns the number of answers.
   *
   * @return promoters + passives + detractors
   */
  public long answers() {
    return promoters + passives + detractors;
  }

  /**
   * Returns the Net Promoter Score.
   *
   * @return {@code 100 × (promoters − detractors) / answers} in {@code [−100, 100]}, or empty without
   *     answers
   */
  public OptionalDouble score() {
    long answers = answers();
    return answers == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / answers);
  }

  /**
   * Returns why {@link #score()} is empty.
   *
   * @return the reason, present exactly when there are no answers
   */
  public Optional<String> undefinedReason() {
    return answers() == 0 ? Optional.of(NO_ANSWERS) : Optional.empty();
  }

  /**
   * Returns the share of promoters.
   *
   * @return promoters over answers
   */
  public Rate promoterShare() {
    return Rate.of(promoters, answers(), NO_ANSWERS);
  }

  /**
   * Returns the share of passives.
   *
   * @return passives over answers
   */
  public Rate passiveShare() {
    return Rate.of(passives, answers(), NO_ANSWERS);
  }

  /**
   * Returns the share of detractors.
   *
   * @return detractors over answers
   */
  public Rate detractorShare() {
    return Rate.of(detractors, answers(), NO_ANSWERS);
  }
}

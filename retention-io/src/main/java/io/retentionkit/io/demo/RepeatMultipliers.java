package io.retentionkit.io.demo;

/**
 * How the way a customer was acquired (their channel, the code of their first order) shifts their repeat
 * behaviour: multipliers of their purchase rate and of their chance to lapse after an order.
 *
 * @param rate the purchase-rate multiplier
 * @param lapse the lapse-probability multiplier
 */
record RepeatMultipliers(double rate, double lapse) {
  /** No shift: what a customer without a code gets from the code. */
  static final RepeatMultipliers NONE = new RepeatMultipliers(1, 1);

  /** Returns the combined shift of this acquisition and {@code other}. */
  RepeatMultipliers times(RepeatMultipliers other) {
    return new RepeatMultipliers(rate * other.rate, lapse * other.lapse);
  }
}

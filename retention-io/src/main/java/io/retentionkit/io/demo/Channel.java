package io.retentionkit.io.demo;

/**
 * How the demo shop's customers find it, and how that shapes their repeat behaviour: the share of new
 * customers each channel brings, and multipliers of the purchase rate and of the chance to lapse after an
 * order.
 */
enum Channel {
  WEB("web", 0.46, 1.0, 1.0),
  SOCIAL("social", 0.16, 0.8, 1.15),
  MARKETPLACE("marketplace", 0.16, 0.6, 1.5),
  APP("app", 0.12, 1.5, 0.75),
  POS("pos", 0.10, 1.2, 0.85);

  private final String label;
  private final double share;
  private final RepeatMultipliers repeat;

  Channel(String label, double share, double rate, double lapse) {
    this.label = label;
    this.share = share;
    this.repeat = new RepeatMultipliers(rate, lapse);
  }

  /** Returns the channel's name as it appears on orders. */
  String label() {
    return label;
  }

  /** Returns how the channel shifts its customers' repeat behaviour. */
  RepeatMultipliers repeat() {
    return repeat;
  }

  /** Returns whether new customers of this channel may check out as guests (without an account). */
  boolean allowsGuests() {
    return this == WEB || this == SOCIAL;
  }

  /** Returns the shares of new customers, in constant order, for {@link Draws#pick}. */
  static double[] shares() {
    Channel[] channels = values();
    double[] shares = new double[channels.length];
    for (int i = 0; i < channels.length; i++) {
      shares[i] = channels[i].share;
    }
    return shares;
  }
}

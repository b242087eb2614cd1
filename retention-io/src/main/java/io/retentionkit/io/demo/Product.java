package io.retentionkit.io.demo;

/** The demo shop's catalogue: a coffee and tea shop whose consumables are bought again and again. */
enum Product {
  BEANS_250("BEANS-250", 850, true),
  BEANS_1KG("BEANS-1KG", 2900, true),
  TEA_100("TEA-100", 700, true),
  FILTERS_100("FILTERS-100", 450, true),
  MUG("MUG", 1200, false),
  GRINDER("GRINDER", 8900, false),
  KETTLE("KETTLE", 4900, false),
  GIFT_BOX("GIFT-BOX", 3500, false),
  SAMPLE("SAMPLE", 0, false);

  private final String sku;
  private final long priceCents;
  private final boolean consumable;

  Product(String sku, long priceCents, boolean consumable) {
    this.sku = sku;
    this.priceCents = priceCents;
    this.consumable = consumable;
  }

  String sku() {
    return sku;
  }

  long priceCents() {
    return priceCents;
  }

  /** Whether customers run out of it and replenish, which makes their repeat orders regular. */
  boolean consumable() {
    return consumable;
  }
}

/**
 * The built-in demo shop, {@link io.retentionkit.io.demo.DemoShop}: a reproducible order log to try every
 * metric, cohort setting and model on without a real export.
 *
 * @since 0.1.0
 */
package io.retentionkit.io.demo;

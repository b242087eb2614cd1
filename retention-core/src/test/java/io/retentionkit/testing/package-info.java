/**
 * Test helpers shared by every module's tests: seeds for property tests, the reference datasets and
 * seeded order generators. The other modules use them through retention-core's test jar
 * ({@code <type>test-jar</type>}, test scope), so there is one copy of each.
 */
package io.retentionkit.testing;

/**
 * CSV output for every file retentionkit writes: {@link io.retentionkit.io.csv.SafeCsvWriter} writes RFC
 * 4180 CSV whose text cells cannot run as spreadsheet formulas.
 *
 * @since 0.1.0
 */
package io.retentionkit.io.csv;

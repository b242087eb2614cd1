package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.cohort.AverageCell;
import io.retentionkit.cohort.CohortCell;
import io.retentionkit.cohort.CohortColumn;
import io.retentionkit.cohort.CohortRow;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.cohort.CohortValues;
import io.retentionkit.cohort.InputCounts;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a {@link CohortTable} as JSON:
 *
 * <pre>{@code
 * {"granularity": "MONTH", "zone": "Europe/London", "asOf": "2011-12-10T00:00:00Z", ...,
 *  "cohorts": [{"cohort": "2011-01", "key": null, "size": 421,
 *               "cells": [{"offset": 0, "activeCustomers": 421, "retention": 1.0, "orders": 503,
 *                          "revenue": "12345.67", "complete": true, ...}, ...]}, ...],
 *  "average": [{"offset": 0, "retention": 1.0, "cohorts": 13, ...}, ...], ...}
 * }</pre>
 *
 * <h2>Members</h2>
 * <ul>
 *   <li>Settings: {@code granularity} ({@code DAY} ... {@code YEAR}), {@code zone}, {@code asOf} (an
 *       instant, or {@code null} for a table of no orders without one), {@code firstDayOfWeek},
 *       {@code rollingDays} ({@code null} for calendar periods), {@code returns} ({@code ON},
 *       {@code ON_OR_AFTER}, {@code BRACKETS}), {@code breakdown} (its name or {@code null}),
 *       {@code currency} and {@code refundPolicy}; {@code columns}, each with its {@code index},
 *       {@code firstOffset}, {@code lastOffset} ({@code null} when open-ended) and {@code label}.
 *   <li>{@code cohorts}: per row the {@code cohort} label (the period's ISO form: {@code 2011-01},
 *       {@code 2011-W05}, {@code 2011-Q1}, {@code 2011-01-17}, {@code 2011}), its {@code start} and
 *       {@code endExclusive} dates, the breakdown {@code key} (or {@code null}), {@code size}, and
 *       {@code cells}.
 *   <li>A cell: {@code offset} (the column's first offset), {@code activeCustomers}, {@code retention}
 *       (a number in [0, 1]), {@code orders}, {@code revenue}, {@code complete} (false while the
 *       column's period was not over at the as-of instant: the value is what was observed so far), then
 *       {@code column}, {@code lastOffset}, {@code label}, {@code ordersPerCustomer},
 *       {@code revenuePerCustomer}, {@code revenueRetention} and {@code cumulative} (the same values
 *       over columns 0 to this one; its {@code activeCustomers} are the customers who have returned).
 *   <li>{@code average}: per column, {@code offset}, {@code retention}, {@code cohorts} (how many
 *       cohorts fully observed the column) and the summed values over them.
 *   <li>{@code inputCounts}: what became of the input orders.
 * </ul>
 * Money is a decimal string in major units of {@code currency}; an undefined value is {@code null} with a
 * member named after it plus {@code Reason} (for example {@code revenueRetentionReason}).
 *
 * <p>Stateless and thread-safe; a generator is not, so give each thread its own.
 *
 * @since 0.1.0
 */
public final class CohortJson {
  private CohortJson() {}

  /**
   * Writes {@code table} as a complete, pretty-printed JSON document (see {@link JsonOutput}), ending in a
   * line break. {@code out} is flushed, not closed.
   *
   * @param table the cohort table
   * @param out where the document goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(CohortTable table, Writer out) {
    requireNonNull(table, "table");
    JsonOutput.document(out, generator -> write(table, generator));
  }

  /**
   * Writes {@code table} as one JSON object at the generator's current position.
   *
   * @param table the cohort table
   * @param generator where the object goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(CohortTable table, JsonGenerator generator) {
    requireNonNull(table, "table");
    Json json = new Json(requireNonNull(generator, "generator")).startObject();
    writeMembers(table, json);
    json.endObject();
  }

  /**
   * Writes the members of {@code table} into the object the generator has open, so that a caller can add
   * members of its own to the same object.
   *
   * @param table the cohort table
   * @param generator a generator inside an object
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void writeMembers(CohortTable table, JsonGenerator generator) {
    requireNonNull(table, "table");
    writeMembers(table, new Json(requireNonNull(generator, "generator")));
  }

  private static void writeMembers(CohortTable table, Json json) {
    json.string("granularity", table.granularity().name())
        .string("zone", table.calendar().zone().getId())
        .string("asOf", table.asOf().map(Instant::toString))
        .string("firstDayOfWeek", table.calendar().firstDayOfWeek().name());
    if (table.rollingDays().isPresent()) {
      json.number("rollingDays", table.rollingDays().getAsInt());
    } else {
      json.nullValue("rollingDays");
    }
    json.string("returns", table.returns().name())
        .string("breakdown", table.breakdown())
        .string("currency", table.currency().getCurrencyCode())
        .string("refundPolicy", table.refundPolicy().name());
    json.startArray("columns");
    for (CohortColumn column : table.columns()) {
      json.startObject().number("index", column.index()).number("firstOffset", column.firstOffset());
      columnMembers(json, column);
      json.endObject();
    }
    json.endArray();
    json.startArray("cohorts");
    for (CohortRow row : table.rows()) {
      row(json, row);
    }
    json.endArray();
    json.startArray("average");
    for (AverageCell cell : table.average()) {
      json.startObject()
          .number("offset", cell.column().firstOffset());
      numberOrReason(json, "retention", cell.values().retention().value(), cell.values().retention().undefinedReason());
      json.number("cohorts", cell.cohorts())
          .number("customers", cell.values().customers())
          .number("activeCustomers", cell.values().activeCustomers())
          .number("orders", cell.values().orders())
          .money("revenue", cell.values().revenue());
      cellTail(json, cell.column(), cell.values(), cell.cumulative());
    }
    json.endArray();
    InputCounts input = table.input();
    json.startObject("inputCounts")
        .number("orders", input.orders())
        .number("qualifyingOrders", input.qualifyingOrders())
        .number("nonQualifyingOrders", input.nonQualifyingOrders())
        .number("ordersAfterAsOf", input.ordersAfterAsOf())
        .number("refundsAfterAsOf", input.refundsAfterAsOf())
        .endObject();
  }

  private static void row(Json json, CohortRow row) {
    json.startObject()
        .string("cohort", row.label())
        .string("start", row.period().start().toString())
        .string("endExclusive", row.period().endExclusive().toString())
        .string("key", row.key())
        .number("size", row.size())
        .startArray("cells");
    for (CohortCell cell : row.cells()) {
      json.startObject().number("offset", cell.column().firstOffset());
      values(json, cell.values());
      json.bool("complete", cell.complete());
      cellTail(json, cell.column(), cell.values(), cell.cumulative());
    }
    json.endArray().endObject();
  }

  /** Writes the members every cell ends with, of a cohort or of the average, and closes the cell. */
  private static void cellTail(Json json, CohortColumn column, CohortValues values, CohortValues cumulative) {
    json.number("column", column.index());
    columnMembers(json, column);
    ratios(json, values);
    json.startObject("cumulative");
    values(json, cumulative);
    ratios(json, cumulative);
    json.endObject().endObject();
  }

  /** The member order: active customers, retention, orders, revenue. */
  private static void values(Json json, CohortValues values) {
    json.number("activeCustomers", values.activeCustomers());
    numberOrReason(json, "retention", values.retention().value(), values.retention().undefinedReason());
    json.number("orders", values.orders())
        .money("revenue", values.revenue());
  }

  private static void ratios(Json json, CohortValues values) {
    numberOrReason(json, "ordersPerCustomer", values.ordersPerCustomer().value(), values.ordersPerCustomer().undefinedReason());
    json.decimal("revenuePerCustomer", values.revenuePerCustomer().value());
    values.revenuePerCustomer().undefinedReason().ifPresent(reason -> json.string("revenuePerCustomerReason", reason));
    numberOrReason(json, "revenueRetention", values.revenueRetention().value(), values.revenueRetention().undefinedReason());
  }

  private static void columnMembers(Json json, CohortColumn column) {
    if (column.lastOffset().isPresent()) {
      json.number("lastOffset", column.lastOffset().getAsInt());
    } else {
      json.nullValue("lastOffset");
    }
    json.string("label", column.label());
  }

  /** Writes a number, or {@code null} and a {@code <name>Reason} member. */
  private static void numberOrReason(Json json, String name, OptionalDouble value, Optional<String> reason) {
    json.number(name, value);
    reason.ifPresent(text -> json.string(name + "Reason", text));
  }
}

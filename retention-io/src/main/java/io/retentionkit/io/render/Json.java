package io.retentionkit.io.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.metrics.Rate;
import io.retentionkit.model.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A thin wrapper of a {@link JsonGenerator} with unchecked I/O and the conventions every renderer shares:
 * money is a decimal string in major units, an undefined value is {@code null} next to a reason, and a
 * rate keeps its numerator and denominator.
 */
final class Json {
  private final JsonGenerator generator;

  Json(JsonGenerator generator) {
    this.generator = generator;
  }

  /** Runs one generator call, turning its {@link IOException} into an unchecked one. */
  private Json run(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  Json startObject() {
    return run(generator::writeStartObject);
  }

  Json startObject(String name) {
    return run(() -> generator.writeObjectFieldStart(name));
  }

  Json endObject() {
    return run(generator::writeEndObject);
  }

  Json startArray(String name) {
    return run(() -> generator.writeArrayFieldStart(name));
  }

  Json endArray() {
    return run(generator::writeEndArray);
  }

  Json number(String name, long value) {
    return run(() -> generator.writeNumberField(name, value));
  }

  Json number(String name, double value) {
    return run(() -> generator.writeNumberField(name, value));
  }

  Json string(String name, String value) {
    return run(() -> generator.writeStringField(name, value));
  }

  /** Writes a string as the next element of the open array. */
  Json element(String value) {
    return run(() -> generator.writeString(value));
  }

  Json bool(String name, boolean value) {
    return run(() -> generator.writeBooleanField(name, value));
  }

  Json nullValue(String name) {
    return run(() -> generator.writeNullField(name));
  }

  /** Writes {@code name} as a number, or as {@code null} if empty. */
  Json number(String name, OptionalDouble value) {
    return value.isPresent() ? number(name, value.getAsDouble()) : nullValue(name);
  }

  /** Writes {@code name} as a number, or as {@code null} if it is not finite: JSON has no NaN or infinity. */
  Json finite(String name, double value) {
    return Double.isFinite(value) ? number(name, value) : nullValue(name);
  }

  /** Writes {@code name} as a string, or as {@code null} if empty. */
  Json string(String name, Optional<String> value) {
    return value.isPresent() ? string(name, value.get()) : nullValue(name);
  }

  /** Writes an amount as a decimal string in major units, e.g. {@code "12345.67"}. */
  Json money(String name, Money value) {
    return decimal(name, value.toBigDecimal());
  }

  /** Writes a decimal as a string in plain notation, exactly. */
  Json decimal(String name, BigDecimal value) {
    return string(name, value.toPlainString());
  }

  /** Writes a decimal as a string, or {@code null} if empty. */
  Json decimal(String name, Optional<BigDecimal> value) {
    return value.isPresent() ? decimal(name, value.get()) : nullValue(name);
  }

  /** Writes {@code "reason"} if the value is undefined. */
  Json reason(Optional<String> reason) {
    return reason.isPresent() ? string("reason", reason.get()) : this;
  }

  /** Writes a rate's members: {@code value} (null if undefined), {@code numerator}, {@code denominator}, {@code reason}. */
  Json rateMembers(Rate rate) {
    return number("value", rate.value())
        .number("numerator", rate.numerator())
        .number("denominator", rate.denominator())
        .reason(rate.undefinedReason());
  }

  /** Writes a rate as an object of its members. */
  Json rate(String name, Rate rate) {
    return startObject(name).rateMembers(rate).endObject();
  }
}

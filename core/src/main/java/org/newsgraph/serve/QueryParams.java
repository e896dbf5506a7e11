package org.newsgraph.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.EntityType;

/**
 * The query parameters of one request, read strictly: a parameter the endpoint does not take, or a
 * value of the wrong shape, is an {@link IllegalArgumentException} (answered 400) naming the
 * parameter and the value, so that a typo never silently becomes a default. An empty value counts
 * as absent.
 */
final class QueryParams {

  /** Rows returned when a request gives no limit. */
  static final int DEFAULT_LIMIT = 20;

  private final Context ctx;

  private QueryParams(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * The parameters of a request to an endpoint that takes the given ones.
   *
   * @throws IllegalArgumentException if the request has any other parameter
   */
  static QueryParams of(Context ctx, String... accepted) {
    Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
    unknown.removeAll(List.of(accepted));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown parameter "
              + String.join(", ", unknown)
              + (accepted.length == 0
                  ? " (this endpoint takes none)"
                  : " (this endpoint takes " + String.join(", ", accepted) + ")"));
    }
    return new QueryParams(ctx);
  }

  /** The value, or null when absent or empty. */
  String text(String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The value, which must be given.
   *
   * @throws IllegalArgumentException if absent or empty
   */
  String required(String name) {
    String value = text(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /**
   * An ISO date, or null.
   *
   * @throws IllegalArgumentException if not a date as 2013-01-14
   */
  LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " takes a date as 2013-01-14: " + value);
    }
  }

  /**
   * A whole number, or null.
   *
   * @throws IllegalArgumentException if not a whole number
   */
  Integer integer(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " takes a whole number: " + value);
    }
  }

  /**
   * An actor id (a whole number), or null.
   *
   * @throws IllegalArgumentException if not a whole number
   */
  Long id(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " takes an actor id, a number: " + value);
    }
  }

  /** The {@code limit} parameter, {@value #DEFAULT_LIMIT} when absent; the range is the query's. */
  int limit() {
    Integer limit = integer("limit");
    return limit == null ? DEFAULT_LIMIT : limit;
  }

  /**
   * An entity type in any case, or null.
   *
   * @throws IllegalArgumentException if no such type
   */
  EntityType entityType(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " is one of " + List.of(EntityType.values()) + ": " + value);
    }
  }
}

package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The options every query command shares: the store, JSON output, how many rows. */
final class StoreOptions {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "the store's folder (default: ${DEFAULT-VALUE})")
  Path data = Path.of("newsgraph-data");

  @Option(names = "--json", description = "print JSON (one array) instead of a table")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "at most N rows (default: ${DEFAULT-VALUE})")
  int limit = 20;

  /** Prints a result as JSON. */
  static void printJson(PrintWriter out, Object value) throws IOException {
    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    out.flush();
  }

  /** A date option's value, or null; a clear message when it is not an ISO date. */
  static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " takes a date as 2013-01-14: " + value);
    }
  }
}

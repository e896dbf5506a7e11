package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on the Wikinews corpus in {@code ../shared/corpora/wikinews} (CC BY 2.5): dates
 * read from the dateline agree with the CSV's date, and the cleaner keeps the story. Skipped where
 * the shared corpora are absent (a user's clone).
 */
class TextCleanerWikinewsEvalTest {

  private static Path corpus() {
    return Stream.of("../shared", "../../shared", "/work/shared")
        .map(p -> Path.of(p, "corpora", "wikinews"))
        .filter(Files::isDirectory)
        .findFirst()
        .orElse(null);
  }

  @Test
  void datesAgreeAndStoriesAreKept() throws IOException {
    Path dir = corpus();
    assumeTrue(dir != null, "shared Wikinews corpus not present");
    List<List<String>> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        List<List<String>> all = csv(Files.readString(f, StandardCharsets.UTF_8));
        rows.addAll(all.subList(1, all.size()));
      }
    }
    TextCleaner cleaner = new TextCleaner();
    int found = 0;
    int right = 0;
    int withDateline = 0;
    int datelineFound = 0;
    long wordsIn = 0;
    long wordsKept = 0;
    for (List<String> row : rows) {
      String date = row.get(1);
      String text = row.get(3);
      CleanedText t = cleaner.clean(text, row.get(2));
      if (t.published() != null) {
        found++;
        if (t.published().toString().equals(date)) {
          right++;
        }
      }
      if (text.matches("(?s)^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), .*")) {
        withDateline++;
        if (t.published() != null) {
          datelineFound++;
        }
      }
      wordsIn += text.split("\\s+").length;
      wordsKept += t.text().split("\\s+").length;
    }
    assertThat(rows).hasSizeGreaterThan(100);
    assertThat((double) right / found).as("date precision").isGreaterThanOrEqualTo(0.99);
    assertThat((double) datelineFound / withDateline).as("dateline recall").isGreaterThan(0.98);
    // Wikinews text is nearly all story: captions and datelines are a small part
    assertThat((double) wordsKept / wordsIn).as("share of words kept").isGreaterThan(0.95);
  }

  /** A small RFC 4180 reader: quoted fields, doubled quotes, newlines inside quotes. */
  static List<List<String>> csv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}

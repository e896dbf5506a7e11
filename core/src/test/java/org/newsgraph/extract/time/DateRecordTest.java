package org.newsgraph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Extraction;

/** The {@code dates} of the JSONL record, as DESIGN.md shows them, and the record's checks. */
class DateRecordTest {

  @Test
  void datesAreWrittenAfterPlacesWithTheirSpansAndValues() throws Exception {
    String text = "Le Drian said Sunday. Talks resume next week.";
    CleanDocument doc =
        new CleanDocument(
            "0123456789abcdef",
            "a.txt",
            null,
            null,
            LocalDate.of(2013, 6, 2),
            DateSource.INFERRED,
            "en",
            text,
            List.of(),
            List.of());
    List<DateMention> dates =
        List.of(
            new DateMention("Sunday", "2013-06-02", 14, 20, "DATE"),
            new DateMention("next week", "2013-W23", 35, 44, "DATE"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonlRecordWriter writer = new JsonlRecordWriter(bytes)) {
      writer.write(new Extraction(doc, List.of(), List.of(), List.of(), List.of(), dates));
    }
    JsonNode record = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    assertThat(record.get("published").asText()).isEqualTo("2013-06-02");
    assertThat(record.get("published_from").asText()).isEqualTo("inferred");
    List<String> fields = new ArrayList<>();
    record.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsSubsequence("events", "places", "dates", "problems");
    JsonNode first = record.get("dates").get(0);
    assertThat(first.get("text").asText()).isEqualTo("Sunday");
    assertThat(first.get("value").asText()).isEqualTo("2013-06-02");
    assertThat(first.get("start").asInt()).isEqualTo(14);
    assertThat(first.get("end").asInt()).isEqualTo(20);
    assertThat(first.get("type").asText()).isEqualTo("DATE");
    assertThat(text.substring(14, 20)).isEqualTo("Sunday");
    assertThat(record.get("dates")).hasSize(2);
  }

  @Test
  void anOpenValueIsWrittenAsNull() throws Exception {
    CleanDocument doc =
        new CleanDocument(
            "0123456789abcdef",
            "a.txt",
            null,
            null,
            null,
            null,
            "en",
            "last week",
            List.of(),
            List.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonlRecordWriter writer = new JsonlRecordWriter(bytes)) {
      writer.write(
          new Extraction(
              doc,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(new DateMention("last week", null, 0, 9, "DATE"))));
    }
    JsonNode date = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    assertThat(date.get("dates").get(0).get("value").isNull()).isTrue();
  }

  @Test
  void aDateMentionChecksItsSpan() {
    assertThatThrownBy(() -> new DateMention("Sunday", "2013-06-02", 5, 5, "DATE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad date span");
    assertThatThrownBy(() -> new DateMention("Sunday", "2013-06-02", 0, 3, "DATE"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DateMention("Sunday", "x", -1, 5, "DATE"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOldConstructorsGiveNoDates() {
    CleanDocument doc =
        new CleanDocument("id", "s", null, null, null, null, null, "t", List.of(), List.of());
    assertThat(new Extraction(doc, List.of(), List.of()).dates()).isEmpty();
    assertThat(Extraction.of(doc).dates()).isEmpty();
  }
}
